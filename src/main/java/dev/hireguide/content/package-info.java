/** Splits each Markdown file into front matter and body, and reads the front matter into typed records. */
package dev.hireguide.content;
