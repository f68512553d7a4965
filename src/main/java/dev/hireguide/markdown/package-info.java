/** Markdown to safe HTML: one Flexmark parser and renderer with the project's extensions (callouts, heading ids, link and raw HTML policies, wiki links, glossary links), resolving links through the {@link dev.hireguide.markdown.PageLinks} the build gives each page. */
package dev.hireguide.markdown;
