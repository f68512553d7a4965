package dev.hireguide.assemble;

import dev.hireguide.content.GuideData;
import dev.hireguide.content.MonthNames;
import dev.hireguide.content.PageSource;
import dev.hireguide.diag.Diagnostic;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Warns about market snapshots older than the site allows: salary figures age quickly. */
public final class MarketAge {

    private MarketAge() {
    }

    /** Whole months from {@code asOf} to the month of {@code today}. */
    public static long monthsOld(YearMonth asOf, LocalDate today) {
        // What ChronoUnit.MONTHS.between gives, counted here: its generic temporal queries were
        // most of the java.time code the JIT compiled for a build.
        return (today.getYear() * 12L + today.getMonthValue()) - (asOf.getYear() * 12L + asOf.getMonthValue());
    }

    public static boolean isStale(YearMonth asOf, int staleAfterMonths, LocalDate today) {
        return monthsOld(asOf, today) > staleAfterMonths;
    }

    /** {@code January 2026}. */
    public static String label(YearMonth month) {
        // Four-digit years are written as they are; the formatter, whose field lookups cost the JIT
        // more than every guide's label, is kept for the rest (it pads 999 to 0999, and year 0 is 1 BC).
        if (month.getYear() < 1000 || month.getYear() > 9999) {
            return DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH).format(month);
        }
        return MonthNames.full(month.getMonthValue()) + " " + month.getYear();
    }

    static List<Diagnostic> check(PageSource source, int staleAfterMonths, LocalDate today) {
        if (!(source.data() instanceof GuideData guide) || guide.market() == null || guide.market().asOf() == null) {
            return List.of();
        }
        YearMonth asOf = guide.market().asOf();
        if (!isStale(asOf, staleAfterMonths, today)) {
            return List.of();
        }
        return List.of(Diagnostic.warning(source.frontMatter().positionOf("/market/as_of"),
                "market data from " + label(asOf) + " is " + monthsOld(asOf, today) + " months old (the limit is "
                        + staleAfterMonths + ")",
                "update the figures and `as_of`, or raise `stale_after_months` in site.yaml"));
    }
}
