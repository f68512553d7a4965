package dev.hireguide.template;

import dev.hireguide.content.GuideData;
import dev.hireguide.content.Level;
import dev.hireguide.markdown.HtmlText;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Draws salary ranges as an inline SVG at build time: one horizontal bar per level from min to
 * max, on a shared scale, labelled with the figures. No script is needed to see it; the same
 * figures are in a table next to it for screen readers and print.
 */
final class SalaryChart {

    private static final int WIDTH = 640;
    private static final int LABEL = 110;
    private static final int ROW = 40;
    private static final int TOP = 8;
    private static final int AXIS = 28;

    private SalaryChart() {
    }

    /** A level's range, in the order the chart draws them. */
    record Bar(Level level, long min, long max) {
    }

    /**
     * @param id       a unique id for the chart's title element on its page
     * @param caption  what the chart shows, used as its accessible title
     */
    static String svg(List<Bar> bars, String currency, String id, String caption) {
        if (bars.isEmpty()) {
            return "";
        }
        long low = bars.stream().mapToLong(Bar::min).min().orElse(0);
        long high = bars.stream().mapToLong(Bar::max).max().orElse(1);
        long step = niceStep((high - low) / 5.0);
        long start = Math.max(0, (low / step) * step);
        long end = ((high + step - 1) / step) * step;
        if (end <= start) {
            end = start + step;
        }
        int height = TOP + bars.size() * ROW + AXIS;
        int plot = WIDTH - LABEL - 24;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"salary-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" role=\"img\" aria-labelledby=\"")
                .append(id).append("\"><title id=\"").append(id).append("\">").append(escape(caption))
                .append("</title>");
        for (long tick = start; tick <= end; tick += step) {
            double x = LABEL + plot * (double) (tick - start) / (end - start);
            svg.append("<line class=\"grid\" x1=\"").append(fmt(x)).append("\" y1=\"").append(TOP)
                    .append("\" x2=\"").append(fmt(x)).append("\" y2=\"").append(height - AXIS + 4).append("\"/>")
                    .append("<text class=\"tick\" x=\"").append(fmt(x)).append("\" y=\"").append(height - 8)
                    .append("\" text-anchor=\"middle\">").append(escape(Money.compact(tick, currency))).append("</text>");
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double x1 = LABEL + plot * (double) (bar.min() - start) / (end - start);
            double x2 = LABEL + plot * (double) (bar.max() - start) / (end - start);
            double y = TOP + i * ROW + 8;
            svg.append("<text class=\"level\" x=\"0\" y=\"").append(fmt(y + 15)).append("\">")
                    .append(escape(bar.level().label())).append("</text>")
                    .append("<rect class=\"bar bar-").append(bar.level().key()).append("\" x=\"").append(fmt(x1))
                    .append("\" y=\"").append(fmt(y)).append("\" width=\"").append(fmt(Math.max(3, x2 - x1)))
                    .append("\" height=\"22\" rx=\"4\"/>")
                    .append("<text class=\"figure\" x=\"").append(fmt((x1 + x2) / 2)).append("\" y=\"")
                    .append(fmt(y + 15)).append("\" text-anchor=\"middle\">")
                    .append(escape(Money.compact(bar.min(), currency) + "–" + Money.compact(bar.max(), currency)))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    static List<Bar> bars(GuideData.Salary salary) {
        List<Bar> bars = new java.util.ArrayList<>();
        add(bars, Level.JUNIOR, salary.junior());
        add(bars, Level.MID, salary.mid());
        add(bars, Level.SENIOR, salary.senior());
        add(bars, Level.LEAD, salary.lead());
        return bars;
    }

    private static void add(List<Bar> bars, Level level, GuideData.Range range) {
        if (range != null && range.min() != null && range.max() != null) {
            bars.add(new Bar(level, range.min(), range.max()));
        }
    }

    /** 1, 2 or 5 times a power of ten, so axis labels are round. */
    private static long niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(Math.max(1, raw))));
        for (int m : new int[] {1, 2, 5, 10}) {
            if (m * power >= raw) {
                return Math.max(1, (long) (m * power));
            }
        }
        return (long) (10 * power);
    }

    /**
     * {@code v} with one decimal, rounded half up from the shortest decimal form of the double:
     * for the coordinates a chart has (zero or positive) what {@code String.format(Locale.ROOT,
     * "%.1f", v)} writes, at a fraction of the cost (a chart has dozens of coordinates, and the
     * formatter was 1% of a build). A negative value that rounds to zero is written {@code 0.0}.
     */
    static String fmt(double v) {
        String shortest = Double.toString(v);
        // Coordinates are positive and short: their shortest form is digits, a point and digits,
        // rounded here on the text. Anything else (a sign, including -0.0's, or the exponent
        // form) goes to BigDecimal, whose arithmetic the JIT otherwise compiles for the few
        // charts of a small site.
        int point = shortest.indexOf('.');
        if (shortest.charAt(0) == '-' || point < 0 || shortest.indexOf('E') >= 0) {
            return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString();
        }
        char tenths = shortest.charAt(point + 1);
        boolean up = point + 2 < shortest.length() && shortest.charAt(point + 2) >= '5';
        if (!up) {
            return shortest.substring(0, point + 1) + tenths;
        }
        // Adds one tenth to the digits, carrying leftwards over nines (9.96 -> 10.0).
        char[] digits = (shortest.substring(0, point) + tenths).toCharArray();
        int i = digits.length - 1;
        while (i >= 0 && digits[i] == '9') {
            digits[i--] = '0';
        }
        String whole;
        if (i < 0) {
            whole = "1" + new String(digits);
        } else {
            digits[i]++;
            whole = new String(digits);
        }
        return whole.substring(0, whole.length() - 1) + "." + whole.charAt(whole.length() - 1);
    }

    private static String escape(String s) {
        return HtmlText.escape(s);
    }
}
