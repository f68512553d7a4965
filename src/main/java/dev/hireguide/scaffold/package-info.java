/** {@code hireguide new}: writes a new content file from the theme's archetype for its type. */
package dev.hireguide.scaffold;
