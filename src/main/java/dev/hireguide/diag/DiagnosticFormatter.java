package dev.hireguide.diag;

import java.util.List;

/** Prints diagnostics for people (compiler style) or for tools (JSON). */
public final class DiagnosticFormatter {

    private DiagnosticFormatter() {
    }

    /**
     * One diagnostic as {@code path:line:col: error: message}, followed by an indented
     * {@code hint:} line when it has a hint.
     */
    public static String text(Diagnostic d) {
        String head = d.headline();
        return d.hint().isEmpty() ? head : head + "\n  hint: " + d.hint();
    }

    /** Every diagnostic, then a count line such as {@code 2 errors, 1 warning}. */
    public static String text(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            out.append(text(d)).append('\n');
        }
        return out.toString();
    }

    /** {@code 2 errors, 1 warning}: the count line printed after the diagnostics. */
    public static String summary(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        return plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    /** The diagnostics as a JSON document: {@code {"errors":N,"warnings":N,"diagnostics":[…]}}. */
    public static String json(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        StringBuilder out = new StringBuilder();
        out.append("{\"errors\":").append(errors)
                .append(",\"warnings\":").append(diagnostics.size() - errors)
                .append(",\"diagnostics\":[");
        for (int i = 0; i < diagnostics.size(); i++) {
            Diagnostic d = diagnostics.get(i);
            if (i > 0) {
                out.append(',');
            }
            out.append("{\"severity\":").append(quote(d.severity().label()))
                    .append(",\"file\":").append(quote(d.position().file()))
                    .append(",\"line\":").append(d.position().line())
                    .append(",\"column\":").append(d.position().column())
                    .append(",\"message\":").append(quote(d.message()))
                    .append(",\"hint\":").append(quote(d.hint()))
                    .append('}');
        }
        return out.append("]}").toString();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
