/** Assembles parsed pages into the site index: ids, URLs, sections, home page and their order. */
package dev.hireguide.assemble;
