package dev.hireguide.template;

import io.pebbletemplates.pebble.extension.escaper.SafeString;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What Pebble's {@code date} filter writes for a date given as {@code yyyy-MM-dd} text, the way
 * themes show page dates, written through {@code java.time} instead. Pebble's filter reads and
 * writes through two new {@code SimpleDateFormat}s per call, whose calendars, symbols and number
 * formats the JIT compiled for a few hundred dates: about a tenth of a second of a 1,000-page
 * build's CPU. Only what both write alike is taken here (the engine's English, without a country:
 * British English abbreviates September otherwise; plain day, month and year fields; Gregorian
 * dates that the JVM's time zone has); anything else gets null, and goes to Pebble's filter.
 */
final class IsoDateText {

    /** The input format Pebble parses leniently and this reads strictly. */
    static final String ISO = "yyyy-MM-dd";
    /** Before this year, SimpleDateFormat counts days by the Julian calendar. */
    private static final int FIRST_YEAR = 1600;
    /** Characters both formatters copy as they are; DateTimeFormatter gives others ([, #, {) meanings. */
    private static final String LITERALS = " ,.-/:";

    private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

    private IsoDateText() {
    }

    /**
     * The filter's text for {@code date} with these arguments, or null when this cannot tell that
     * it would be the same as Pebble's.
     */
    static SafeString format(String date, Map<String, Object> args, Locale locale) {
        if (args.size() != 2 || !ISO.equals(args.get("existingFormat")) || !(args.get("format") instanceof String pattern)
                || !Locale.ENGLISH.equals(locale)) {
            return null;
        }
        LocalDate day = parse(date);
        if (day == null) {
            return null;
        }
        DateTimeFormatter formatter = FORMATTERS.get(pattern);
        if (formatter == null) {
            if (!isPlain(pattern)) {
                return null;
            }
            formatter = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
            FORMATTERS.put(pattern, formatter);
        }
        return new SafeString(formatter.format(day));
    }

    /**
     * A real date written as exactly {@code yyyy-MM-dd}, from 1600 on, that the JVM's time zone
     * did not skip; else null (Pebble's parse is lenient).
     */
    private static LocalDate parse(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < FIRST_YEAR || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        LocalDate first = LocalDate.of(year, month, 1);
        if (day > first.lengthOfMonth()) {
            return null;
        }
        LocalDate date = first.withDayOfMonth(day);
        // SimpleDateFormat reads the date as midnight in the JVM's zone, and a day that zone
        // skipped (Samoa's 30 December 2011) rolls over into the next one. The zone is asked
        // each time: it can change while the program runs.
        return date.atStartOfDay(ZoneId.systemDefault()).toLocalDate().equals(date) ? date : null;
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * Whether a pattern has only fields both formatters write alike for English: d or dd, M to
     * MMMM (MMMMM is a single letter to DateTimeFormatter, the full name to SimpleDateFormat), y
     * to yyyy, and the plain {@link #LITERALS} between them.
     */
    private static boolean isPlain(String pattern) {
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int run = 1;
            while (i + run < pattern.length() && pattern.charAt(i + run) == c) {
                run++;
            }
            boolean plain = switch (c) {
                case 'd' -> run <= 2;
                case 'M', 'y' -> run <= 4;
                default -> LITERALS.indexOf(c) >= 0;
            };
            if (!plain) {
                return false;
            }
            i += run;
        }
        return !pattern.isEmpty();
    }
}
