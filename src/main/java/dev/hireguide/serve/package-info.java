/** {@code serve}: the dev server, file watching, rebuilds that reuse unchanged work, and live reload. */
package dev.hireguide.serve;
