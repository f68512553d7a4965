package dev.hireguide.markdown;

/** Thrown when Markdown nests deeper than the limit; carries the offset of the first node too deep. */
final class NestingTooDeepException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int offset;

    NestingTooDeepException(int offset) {
        // No stack trace: this is a verdict on the content, not a bug, and may be thrown often.
        super("nested too deeply at offset " + offset, null, false, false);
        this.offset = offset;
    }

    int offset() {
        return offset;
    }
}
