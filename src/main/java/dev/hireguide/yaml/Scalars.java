package dev.hireguide.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.yaml.snakeyaml.events.ScalarEvent;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides what a YAML scalar is, more strictly than YAML 1.1 and a little more than YAML 1.2.
 *
 * <p>Only plain (unquoted, untagged) scalars are typed, and only in these forms:
 * {@code true}/{@code false} are booleans; empty, {@code ~} and {@code null} are null; an
 * integer without a sign other than {@code -} and without leading zeros is a whole number; a
 * decimal like {@code 3.10} is a {@link DecimalNode}, whose {@link BigDecimal} keeps the digits
 * as written. Everything else stays text exactly as written: {@code No}, {@code yes},
 * {@code on}, {@code 0123}, {@code 0x1F}, {@code 1_000}, {@code 1e3}, {@code .5}, {@code .inf}.
 *
 * <p>The point of this rule is that every number in the tree prints back as the editor wrote
 * it, so a String field bound from it gets the written text ({@code 3.10}, not {@code 3.1}),
 * while text that only looks like a number is never read as a different number.
 */
final class Scalars {

    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
    private static final Pattern INTEGER = Pattern.compile("0|-?[1-9][0-9]*");
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)\\.[0-9]+");

    private Scalars() {
    }

    static JsonNode resolve(ScalarEvent scalar) {
        return resolve(scalar.getValue(), scalar.isPlain());
    }

    /** The node for a scalar's text; {@code plain} when it was written without quotes (or tag). */
    static JsonNode resolve(String text, boolean plain) {
        if (!plain) {
            return TextNode.valueOf(text);
        }
        if (NULLS.contains(text)) {
            return NullNode.getInstance();
        }
        if (text.equals("true") || text.equals("false")) {
            return BooleanNode.valueOf(text.equals("true"));
        }
        if (!mayBeNumber(text)) {
            return TextNode.valueOf(text);  // most text: not worth two regexes
        }
        if (INTEGER.matcher(text).matches()) {
            BigInteger value = new BigInteger(text);
            if (value.bitLength() < 32) {
                return IntNode.valueOf(value.intValue());
            }
            return value.bitLength() < 64 ? LongNode.valueOf(value.longValue()) : BigIntegerNode.valueOf(value);
        }
        if (DECIMAL.matcher(text).matches()) {
            BigDecimal value = new BigDecimal(text);
            // BigDecimal prints very small values in exponent form (1E-7); such a value would no
            // longer print as written, so it stays text.
            if (value.toString().equals(text)) {
                return DecimalNode.valueOf(value);
            }
        }
        return TextNode.valueOf(text);
    }

    /** Whether the text starts as both number forms must: with a digit or a minus sign. */
    private static boolean mayBeNumber(String text) {
        char first = text.isEmpty() ? ' ' : text.charAt(0);
        return first == '-' || (first >= '0' && first <= '9');
    }

    /** True for a plain scalar that stands for "no value" ({@code key:} with nothing after it). */
    static boolean isEmptyPlain(ScalarEvent scalar) {
        return scalar.isPlain() && scalar.getValue().isEmpty();
    }
}
