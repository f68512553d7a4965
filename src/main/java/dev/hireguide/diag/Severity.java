package dev.hireguide.diag;

/** How bad a diagnostic is: errors fail the build, warnings do not. */
public enum Severity {
    ERROR, WARNING;

    /** The word printed before the message: {@code error} or {@code warning}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
