package dev.hireguide.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * Markdown text that stops Flexmark when its thread is interrupted. Flexmark never checks for
 * interrupts, and some inputs keep it busy for minutes (its inline parser matches each run of
 * backticks against every later one), so a build that gives up on a page after a time limit could
 * not otherwise stop the work. Flexmark reads the text through {@link #charAt} in all of its
 * scanning loops, which makes that the place to check.
 */
final class InterruptibleText implements CharSequence {

    /** Checking the interrupt flag once per million reads costs nothing measurable. */
    private static final int CHECK_MASK = (1 << 20) - 1;

    private final String text;
    /** The text as {@link MarkdownRenderer#latin1} made it, or null. */
    private final byte[] latin1;
    private int reads;

    InterruptibleText(String text) {
        this(text, null);
    }

    /** @param latin1 the text as {@link MarkdownRenderer#latin1} made it, which {@link #latin1Of} gives pieces of the text */
    InterruptibleText(String text, byte[] latin1) {
        this.text = text;
        this.latin1 = latin1;
    }

    /**
     * The Latin-1 copy of the whole text that a piece of it was cut from, indexed as the text (so
     * the piece is at its {@code getStartOffset()} to {@code getEndOffset()}), or null when the
     * piece is not one part of such a text.
     */
    static byte[] latin1Of(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof InterruptibleText source) {
            return source.latin1;
        }
        return null;
    }

    /**
     * The text of a piece of a document parsed from an {@code InterruptibleText}, cut from the
     * string at once: {@code toString()} would copy it a character at a time through {@link #charAt}.
     * As Flexmark's sequences do when read, a NUL character becomes U+FFFD.
     */
    static String stringOf(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof InterruptibleText source) {
            String text = source.text.substring(chars.getStartOffset(), chars.getEndOffset());
            return text.indexOf('\0') < 0 ? text : text.replace('\0', '\uFFFD');
        }
        return chars.toString();
    }

    /**
     * {@code chars.unescape()}: backslash escapes and entities undone. Flexmark looks for them with
     * a regex read character by character, on every link and piece of text; most have neither a
     * backslash nor an ampersand, and are the text as it is.
     */
    static String unescaped(BasedSequence chars) {
        String text = stringOf(chars);
        return text.indexOf('\\') < 0 && text.indexOf('&') < 0 ? text : Escaping.unescapeString(text);
    }

    /** Whether a piece of a document holds {@code c}; searched in the string for pieces of an {@code InterruptibleText}. */
    static boolean contains(BasedSequence chars, char c) {
        if (chars instanceof SubSequence && chars.getBase() instanceof InterruptibleText source) {
            // Bounded by the piece: an unbounded indexOf would run on to the next c in the page.
            for (int i = chars.getStartOffset(), end = chars.getEndOffset(); i < end; i++) {
                if (source.text.charAt(i) == c) {
                    return true;
                }
            }
            return false;
        }
        return chars.indexOf(c) >= 0;
    }

    @Override
    public char charAt(int index) {
        if ((++reads & CHECK_MASK) == 0 && Thread.currentThread().isInterrupted()) {
            throw new RenderInterruptedException();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return text;
    }

    /** Thrown out of Flexmark when the rendering thread has been interrupted. */
    static final class RenderInterruptedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        RenderInterruptedException() {
            super("interrupted", null, false, false);
        }
    }
}
