package dev.hireguide.markdown;

import dev.hireguide.diag.SourcePosition;

/**
 * A link or image the Markdown made, with where it was written, so that a later check can
 * report a broken one at its line and column.
 *
 * @param kind     how it was written
 * @param url      the {@code href} or {@code src} as rendered (root-relative URLs with the base path)
 * @param position where the link starts in the source file
 */
public record SourceLink(Kind kind, String url, SourcePosition position) {

    /** How a link was made: written as a Markdown link, image or wiki link, or added for a glossary term. */
    public enum Kind {
        LINK, IMAGE, WIKI, GLOSSARY;

        /** Links an editor wrote, as opposed to ones the generator added. */
        public boolean isWritten() {
            return this != GLOSSARY;
        }
    }
}
