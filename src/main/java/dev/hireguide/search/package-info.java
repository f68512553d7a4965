/** The search stage: records for every page, question, term and heading section, and the static index the theme's search box loads. */
package dev.hireguide.search;
