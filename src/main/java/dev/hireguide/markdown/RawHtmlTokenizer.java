package dev.hireguide.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a raw HTML fragment into tags and text using the CommonMark definitions of an open
 * tag, a closing tag, a comment, a processing instruction, a declaration and CDATA. Anything that
 * does not match them exactly is text: the cleaner escapes text, so when this tokenizer and a
 * browser disagree about a malformed tag the result is visible text, never live markup.
 * Linear in the fragment length: each scan either stops at the next {@code <} or reuses the
 * answer of an earlier search for the same terminator.
 */
final class RawHtmlTokenizer {

    /** What a token is. */
    enum Kind { TEXT, START_TAG, END_TAG, OTHER }

    /**
     * One token.
     *
     * @param start       offset of its first character in the fragment
     * @param name        the lower-case tag name, or "" for text and other markup
     * @param attributes  the attributes of a start tag, in source order
     * @param selfClosing whether a start tag ends with {@code />}
     */
    record Token(Kind kind, int start, int end, String name, List<Attribute> attributes, boolean selfClosing) {

        Token {
            attributes = List.copyOf(attributes);
        }
    }

    /**
     * One attribute of a start tag.
     *
     * @param value  the value as written, without quotes and with entities still encoded; null when absent
     * @param start  offset of the attribute name in the fragment
     */
    record Attribute(String name, String value, int start) {
    }

    private static final Pattern CLOSE_TAG = Pattern.compile("</([A-Za-z][A-Za-z0-9-]*+)[ \\t\\n\\r\\f]*+>");

    private final String text;
    private final Matcher closeTag;
    /** Remembered searches for terminators, so that no stretch of text is searched twice. */
    private final Search[] searches = {new Search("-->"), new Search("]]>"), new Search("?>"), new Search(">"),
            new Search("\""), new Search("'")};

    private RawHtmlTokenizer(String text) {
        this.text = text;
        this.closeTag = CLOSE_TAG.matcher(text);
    }

    static List<Token> tokenize(String fragment) {
        return new RawHtmlTokenizer(fragment).tokens();
    }

    private List<Token> tokens() {
        List<Token> tokens = new ArrayList<>();
        int textStart = 0;
        int at = text.indexOf('<');
        while (at >= 0) {
            Token markup = markupAt(at);
            if (markup == null) {
                at = text.indexOf('<', at + 1);
                continue;
            }
            if (textStart < at) {
                tokens.add(text(textStart, at));
            }
            tokens.add(markup);
            textStart = markup.end();
            at = text.indexOf('<', textStart);
        }
        if (textStart < text.length()) {
            tokens.add(text(textStart, text.length()));
        }
        return tokens;
    }

    private Token text(int start, int end) {
        return new Token(Kind.TEXT, start, end, "", List.of(), false);
    }

    private Token markupAt(int at) {
        if (at + 1 >= text.length()) {
            return null;
        }
        if (text.startsWith("<!--", at)) {
            if (text.startsWith("<!-->", at)) {
                return other(at, at + 5);
            }
            if (text.startsWith("<!--->", at)) {
                return other(at, at + 6);
            }
            return otherUntil(at, at + 4, "-->", 0);
        }
        if (text.startsWith("<![CDATA[", at)) {
            return otherUntil(at, at + 9, "]]>", 1);
        }
        if (text.startsWith("<?", at)) {
            return otherUntil(at, at + 2, "?>", 2);
        }
        if (text.startsWith("<!", at) && at + 2 < text.length() && isAsciiLetter(text.charAt(at + 2))) {
            return otherUntil(at, at + 2, ">", 3);
        }
        closeTag.region(at, text.length());
        if (closeTag.lookingAt()) {
            return new Token(Kind.END_TAG, at, closeTag.end(), lower(closeTag.group(1)), List.of(), false);
        }
        return openTagAt(at);
    }

    /** An open tag as CommonMark defines it: name, attributes each after whitespace, optional {@code /}, {@code >}. */
    private Token openTagAt(int at) {
        int nameEnd = skip(at + 1, RawHtmlTokenizer::isTagNameChar);
        if (nameEnd == at + 1 || !isAsciiLetter(text.charAt(at + 1))) {
            return null;
        }
        List<Attribute> attributes = new ArrayList<>();
        int i = nameEnd;
        while (true) {
            int afterSpace = skip(i, RawHtmlTokenizer::isSpace);
            if (text.startsWith(">", afterSpace) || text.startsWith("/>", afterSpace)) {
                boolean selfClosing = text.charAt(afterSpace) == '/';
                return new Token(Kind.START_TAG, at, afterSpace + (selfClosing ? 2 : 1),
                        lower(text.substring(at + 1, nameEnd)), attributes, selfClosing);
            }
            if (afterSpace == i || afterSpace >= text.length() || !isAttributeNameStart(text.charAt(afterSpace))) {
                return null;
            }
            int attributeNameEnd = skip(afterSpace + 1, RawHtmlTokenizer::isAttributeNameChar);
            String name = lower(text.substring(afterSpace, attributeNameEnd));
            i = attributeNameEnd;
            int equals = skip(i, RawHtmlTokenizer::isSpace);
            if (text.startsWith("=", equals)) {
                int valueStart = skip(equals + 1, RawHtmlTokenizer::isSpace);
                int valueEnd = valueEnd(valueStart);
                if (valueEnd < 0) {
                    return null;
                }
                String value = text.substring(valueStart, valueEnd);
                if (text.charAt(valueStart) == '"' || text.charAt(valueStart) == '\'') {
                    value = value.substring(1, value.length() - 1);
                }
                attributes.add(new Attribute(name, value, afterSpace));
                i = valueEnd;
            } else {
                attributes.add(new Attribute(name, null, afterSpace));
            }
        }
    }

    /** The end of an attribute value starting at {@code start}, or -1 when there is none. */
    private int valueEnd(int start) {
        if (start >= text.length()) {
            return -1;
        }
        char quote = text.charAt(start);
        if (quote == '"' || quote == '\'') {
            int close = searches[quote == '"' ? 4 : 5].from(start + 1);
            return close < 0 ? -1 : close + 1;
        }
        int end = skip(start, RawHtmlTokenizer::isUnquotedValueChar);
        return end == start ? -1 : end;
    }

    private Token otherUntil(int at, int searchFrom, String terminator, int slot) {
        int found = searches[slot].from(searchFrom);
        return found < 0 ? null : other(at, found + terminator.length());
    }

    private int skip(int from, CharTest test) {
        int i = from;
        while (i < text.length() && test.accepts(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A character class, as a method reference. */
    private interface CharTest {
        boolean accepts(char c);
    }

    /**
     * Finds a terminator, remembering the last answer: callers ask with increasing offsets, and
     * any offset between the last question and its answer has the same answer. This keeps many
     * unterminated comments or quotes from making the scan quadratic.
     */
    private final class Search {
        private final String terminator;
        private int askedFrom = -1;
        private int answer = -1;

        Search(String terminator) {
            this.terminator = terminator;
        }

        int from(int offset) {
            boolean known = askedFrom >= 0 && offset >= askedFrom && (answer < 0 || offset <= answer);
            if (!known) {
                askedFrom = offset;
                answer = text.indexOf(terminator, offset);
            }
            return answer;
        }
    }

    private static boolean isTagNameChar(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-';
    }

    private static boolean isAttributeNameStart(char c) {
        return isAsciiLetter(c) || c == '_' || c == ':';
    }

    private static boolean isAttributeNameChar(char c) {
        return isAttributeNameStart(c) || (c >= '0' && c <= '9') || c == '.' || c == '-';
    }

    private static boolean isUnquotedValueChar(char c) {
        return c > ' ' && "\"'=<>`".indexOf(c) < 0;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static Token other(int start, int end) {
        return new Token(Kind.OTHER, start, end, "", List.of(), false);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
