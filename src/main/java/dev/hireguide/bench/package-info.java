/** Synthetic hiring sites of any size, in hireguide's format and in Hugo's, for timing builds. */
package dev.hireguide.bench;
