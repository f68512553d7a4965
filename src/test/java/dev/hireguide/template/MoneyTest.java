package dev.hireguide.template;

import org.junit.jupiter.api.Test;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MoneyTest {

    private static final NumberFormat US = NumberFormat.getIntegerInstance(Locale.US);

    @Test
    void groupsThousandsAsTheUsIntegerFormatDoes() {
        long[] edges = {0, 7, -7, 999, 1000, -1000, 99_999, 100_000, 999_999, 1_000_000, -1_234_567,
                Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1};
        for (long amount : edges) {
            assertEquals(US.format(amount), Money.grouped(amount), () -> Long.toString(amount));
        }
        Random random = new Random(11);
        for (int i = 0; i < 10_000; i++) {
            long amount = random.nextLong() >> random.nextInt(64);
            assertEquals(US.format(amount), Money.grouped(amount), () -> Long.toString(amount));
        }
    }

    @Test
    void aFullFigureHasItsCurrencyInFront() {
        assertEquals("$85,000", Money.full(85_000, "USD"));
        assertEquals("€1,250,000", Money.full(1_250_000, "EUR"));
    }
}
