/** Markdown to safe HTML: one Flexmark parser and renderer with the project's extensions (callouts, heading ids, link and raw HTML policies). */
package dev.hireguide.markdown;
