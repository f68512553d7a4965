package dev.hireguide.template;

import java.util.Map;

/** Formats salary figures the way recruiters read them: {@code $85,000}, or {@code $85k} on a chart. */
final class Money {

    /** Symbols for the common currencies; others are shown with their ISO code. */
    private static final Map<String, String> SYMBOLS = Map.of("USD", "$", "EUR", "€", "GBP", "£", "JPY", "¥",
            "INR", "₹", "CAD", "CA$", "AUD", "A$");

    private Money() {
    }

    static String full(long amount, String currency) {
        return prefix(currency) + grouped(amount);
    }

    /**
     * The amount with commas between thousands, as {@code NumberFormat.getIntegerInstance(Locale.US)}
     * writes it; a role page shows dozens of figures, and that call looks the format up every time.
     */
    static String grouped(long amount) {
        String digits = Long.toString(amount);
        int first = digits.charAt(0) == '-' ? 1 : 0;
        int count = digits.length() - first;
        StringBuilder out = new StringBuilder(digits.length() + count / 3);
        out.append(digits, 0, first);
        for (int i = 0; i < count; i++) {
            if (i > 0 && (count - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(first + i));
        }
        return out.toString();
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
