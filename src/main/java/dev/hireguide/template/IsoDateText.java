package dev.hireguide.template;

import dev.hireguide.content.MonthNames;
import io.pebbletemplates.pebble.extension.escaper.SafeString;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What Pebble's {@code date} filter writes for a date given as {@code yyyy-MM-dd} text, the way
 * themes show page dates, written here instead. Pebble's filter reads and writes through two new
 * {@code SimpleDateFormat}s per call, whose calendars, symbols and number formats the JIT compiled
 * for a few hundred dates: about a tenth of a second of a 1,000-page build's CPU. Only what this
 * writes as SimpleDateFormat does is taken here (the engine's English, without a country: British
 * English abbreviates September otherwise; plain day, month and year fields; Gregorian dates that
 * the JVM's time zone has); anything else gets null, and goes to Pebble's filter.
 */
final class IsoDateText {

    /** The input format Pebble parses leniently and this reads strictly. */
    static final String ISO = "yyyy-MM-dd";
    /** Before this year, SimpleDateFormat counts days by the Julian calendar. */
    private static final int FIRST_YEAR = 1600;
    /**
     * The characters taken between fields, which SimpleDateFormat copies as they are (letters are
     * its fields, quotes its escapes); the ones date patterns use, and no more, to stay plain.
     */
    private static final String LITERALS = " ,.-/:";

    /** Each plain pattern as its runs of one letter or literal, by pattern. */
    private static final Map<String, String[]> PATTERNS = new ConcurrentHashMap<>();

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
        String[] runs = PATTERNS.get(pattern);
        if (runs == null) {
            runs = plainRuns(pattern);
            if (runs == null) {
                return null;
            }
            PATTERNS.put(pattern, runs);
        }
        return new SafeString(write(day, runs));
    }

    /**
     * The date in a plain pattern's runs, written here rather than by a DateTimeFormatter, whose
     * field resolution and text lookups the JIT otherwise compiles for every build: years from
     * 1600 have four digits, so y, yyy and yyyy all write them whole, and yy the last two.
     */
    private static String write(LocalDate day, String[] runs) {
        StringBuilder out = new StringBuilder(24);
        for (String run : runs) {
            switch (run) {
                case "d" -> out.append(day.getDayOfMonth());
                case "dd" -> twoDigits(out, day.getDayOfMonth());
                case "M" -> out.append(day.getMonthValue());
                case "MM" -> twoDigits(out, day.getMonthValue());
                case "MMM" -> out.append(MonthNames.full(day.getMonthValue()), 0, 3);
                case "MMMM" -> out.append(MonthNames.full(day.getMonthValue()));
                case "yy" -> twoDigits(out, day.getYear() % 100);
                case "y", "yyy", "yyyy" -> out.append(day.getYear());
                default -> out.append(run);
            }
        }
        return out.toString();
    }

    private static void twoDigits(StringBuilder out, int value) {
        out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
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
        // skipped (Samoa's 30 December 2011) rolls over into the next one. The zone is asked on
        // each call, as SimpleDateFormat does; a zone with a fixed offset (UTC) skips no day.
        ZoneId zone = ZoneId.systemDefault();
        if (zone.getRules().isFixedOffset()) {
            return date;
        }
        return date.atStartOfDay(zone).toLocalDate().equals(date) ? date : null;
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
     * A pattern's runs of one letter or literal when it has only the fields {@link #write} writes
     * as SimpleDateFormat does for English: d or dd, M to MMMM, y to yyyy, and the plain
     * {@link #LITERALS} between them; else null.
     */
    private static String[] plainRuns(String pattern) {
        List<String> runs = new ArrayList<>();
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
                return null;
            }
            runs.add(pattern.substring(i, i + run));
            i += run;
        }
        return runs.isEmpty() ? null : runs.toArray(String[]::new);
    }
}
