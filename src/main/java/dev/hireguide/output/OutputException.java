package dev.hireguide.output;

/** The output folder cannot or must not be written; the message names the path, the hint says what to do. */
public final class OutputException extends Exception {

    private final String hint;
    private final boolean refused;

    private OutputException(String message, String hint, boolean refused, Throwable cause) {
        super(message, cause);
        this.hint = hint;
        this.refused = refused;
    }

    /** The output is a folder hireguide must not replace (a usage problem, not an I/O failure). */
    public static OutputException refused(String message, String hint) {
        return new OutputException(message, hint, true, null);
    }

    /** Writing failed: a full disk, missing permissions. */
    public static OutputException failed(String message, String hint, Throwable cause) {
        return new OutputException(message, hint, false, cause);
    }

    public String hint() {
        return hint;
    }

    public boolean isRefused() {
        return refused;
    }
}
