package dev.hireguide.content;

/**
 * The English month names, as java.time's and SimpleDateFormat's English formats write them in
 * full. Spelt out here: asking java.time for them loads its locale data, which took a few
 * milliseconds of a build's start.
 */
public final class MonthNames {

    private static final String[] FULL = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private MonthNames() {
    }

    /** The full name of month 1 (January) to 12 (December). */
    public static String full(int month) {
        return FULL[month - 1];
    }
}
