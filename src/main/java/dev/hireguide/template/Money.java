package dev.hireguide.template;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

/** Formats salary figures the way recruiters read them: {@code $85,000}, or {@code $85k} on a chart. */
final class Money {

    /** Symbols for the common currencies; others are shown with their ISO code. */
    private static final Map<String, String> SYMBOLS = Map.of("USD", "$", "EUR", "€", "GBP", "£", "JPY", "¥",
            "INR", "₹", "CAD", "CA$", "AUD", "A$");

    private Money() {
    }

    static String full(long amount, String currency) {
        return prefix(currency) + NumberFormat.getIntegerInstance(Locale.US).format(amount);
    }

    static String compact(long amount, String currency) {
        if (amount >= 1_000_000 && amount % 100_000 == 0) {
            return prefix(currency) + trim(amount / 1_000_000.0) + "M";
        }
        if (amount >= 10_000) {
            return prefix(currency) + Math.round(amount / 1000.0) + "k";
        }
        return full(amount, currency);
    }

    private static String prefix(String currency) {
        String symbol = SYMBOLS.get(currency);
        return symbol != null ? symbol : currency + " ";
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
