/** The link check over the rendered site: every internal link and image leads to a file the build writes, every fragment to an id there, and no page repeats an id. */
package dev.hireguide.check;
