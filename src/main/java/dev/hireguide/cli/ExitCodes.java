package dev.hireguide.cli;

/** The exit codes of every command, as README.md documents them. */
public final class ExitCodes {

    /** Success; warnings may have been printed. */
    public static final int OK = 0;
    /** Problems in content, configuration or a theme. */
    public static final int CONTENT = 1;
    /** Wrong usage: an unknown option, a missing argument, an output folder that must not be replaced. */
    public static final int USAGE = 2;
    /** Reading or writing files failed (or hireguide failed internally). */
    public static final int IO = 3;

    private ExitCodes() {
    }
}
