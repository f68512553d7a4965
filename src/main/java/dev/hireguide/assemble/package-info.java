/** Assembles parsed pages into the site index: ids, URLs, sections, order, references, old URLs, tags and skills, related pages and the link graph. */
package dev.hireguide.assemble;
