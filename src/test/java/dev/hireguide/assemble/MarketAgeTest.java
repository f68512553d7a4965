package dev.hireguide.assemble;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarketAgeTest {

    @Test
    void countsWholeMonthsAsChronoUnitDoes() {
        Random random = new Random(8);
        for (int i = 0; i < 20_000; i++) {
            YearMonth asOf = YearMonth.of(random.nextInt(10_000), 1 + random.nextInt(12));
            LocalDate today = LocalDate.of(random.nextInt(10_000), 1 + random.nextInt(12), 1 + random.nextInt(28));
            assertEquals(ChronoUnit.MONTHS.between(asOf, YearMonth.from(today)), MarketAge.monthsOld(asOf, today),
                    asOf + " to " + today);
        }
        assertEquals(0, MarketAge.monthsOld(YearMonth.of(2026, 3), LocalDate.of(2026, 3, 31)));
        assertEquals(13, MarketAge.monthsOld(YearMonth.of(2025, 2), LocalDate.of(2026, 3, 1)));
        assertTrue(MarketAge.isStale(YearMonth.of(2025, 2), 12, LocalDate.of(2026, 3, 1)));
        assertFalse(MarketAge.isStale(YearMonth.of(2025, 3), 12, LocalDate.of(2026, 3, 1)));
    }

    @Test
    void labelsMonthsAsTheFormatterDoes() {
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
        for (int year : new int[] {-1, 0, 1, 999, 1000, 2026, 9999, 10_000}) {
            for (int month = 1; month <= 12; month++) {
                YearMonth yearMonth = YearMonth.of(year, month);
                assertEquals(formatter.format(yearMonth), MarketAge.label(yearMonth), yearMonth.toString());
            }
        }
        assertEquals("September 2025", MarketAge.label(YearMonth.of(2025, 9)));
    }
}
