/** Walks content/ into a sorted list of source files: pages (Markdown) and assets (everything else). */
package dev.hireguide.scan;
