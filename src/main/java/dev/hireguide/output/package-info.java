/** Writes the built site atomically: into a staging folder beside the output, then swapped in. */
package dev.hireguide.output;
