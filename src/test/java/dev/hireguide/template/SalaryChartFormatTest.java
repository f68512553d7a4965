package dev.hireguide.template;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SalaryChartFormatTest {

    @Test
    void writesWhatStringFormatWrites() {
        Random random = new Random(3);
        double[] edges = {0, 0.05, 0.15, 0.25, 0.35, 0.45, 1.45, 2.675, 12.25, 99.95, 99.94999, 620, 1e6 + 0.05,
            // Carries over nines, and the forms that are not digits, a point and digits.
            0.96, 9.96, 99.99, 999.951, 0.0004, 1.5e7, 123456789.25};
        for (double v : edges) {
            assertEquals(String.format(Locale.ROOT, "%.1f", v), SalaryChart.fmt(v), () -> "for " + v);
        }
        // Signs go to BigDecimal, as before the text rounding: no negative zero.
        assertEquals("0.0", SalaryChart.fmt(-0.0));
        assertEquals("0.0", SalaryChart.fmt(-0.04));
        assertEquals("-1.3", SalaryChart.fmt(-1.25));
        for (int i = 0; i < 100_000; i++) {
            // Coordinates as the chart makes them: sums and quotients of pixel sizes and money.
            double v = i % 2 == 0 ? random.nextDouble() * 1000 : random.nextInt(1_000_000) / (1 + random.nextInt(999)) + 0.05 * random.nextInt(3);
            assertEquals(String.format(Locale.ROOT, "%.1f", v), SalaryChart.fmt(v), () -> "for " + v);
        }
    }
}
