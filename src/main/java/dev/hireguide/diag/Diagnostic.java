package dev.hireguide.diag;

/**
 * One problem found in content, configuration or a theme.
 *
 * @param severity error or warning
 * @param position where the problem is
 * @param message  what is wrong, in one sentence without a final period
 * @param hint     what to do about it, or an empty string when there is nothing useful to say
 */
public record Diagnostic(Severity severity, SourcePosition position, String message, String hint) {

    public Diagnostic {
        if (severity == null || position == null || message == null) {
            throw new IllegalArgumentException("severity, position and message are required");
        }
        hint = hint == null ? "" : hint;
    }

    public static Diagnostic error(SourcePosition position, String message, String hint) {
        return new Diagnostic(Severity.ERROR, position, message, hint);
    }

    public static Diagnostic warning(SourcePosition position, String message, String hint) {
        return new Diagnostic(Severity.WARNING, position, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: error: message}, the first line of the printed form. */
    public String headline() {
        return position + ": " + severity.label() + ": " + message;
    }
}
