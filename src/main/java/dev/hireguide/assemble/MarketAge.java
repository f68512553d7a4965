package dev.hireguide.assemble;

import dev.hireguide.content.GuideData;
import dev.hireguide.content.PageSource;
import dev.hireguide.diag.Diagnostic;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** Warns about market snapshots older than the site allows: salary figures age quickly. */
public final class MarketAge {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private MarketAge() {
    }

    /** Whole months from {@code asOf} to the month of {@code today}. */
    public static long monthsOld(YearMonth asOf, LocalDate today) {
        return ChronoUnit.MONTHS.between(asOf, YearMonth.from(today));
    }

    public static boolean isStale(YearMonth asOf, int staleAfterMonths, LocalDate today) {
        return monthsOld(asOf, today) > staleAfterMonths;
    }

    /** {@code January 2026}. */
    public static String label(YearMonth month) {
        return MONTH.format(month);
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
