package dev.hireguide.content;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checks of file names and titles that {@link PageParser} makes with loops: they must say
 * what the patterns they replaced said, for any text.
 */
class PageNameCheckTest {

    /** The pattern file and folder names were matched against. */
    private static final Pattern URL_SEGMENT =
            Pattern.compile("[^%?#\\\\\\s\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C]+");
    /** The pattern titles were searched with. */
    private static final Pattern DECEPTIVE =
            Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C\\p{Cc}]");

    /** Characters at and around every edge of the checks, and some that are plainly fine. */
    private static final char[] ALPHABET = {
        'a', 'Z', '0', '-', '_', '.', 'é', 'ß', '中', '%', '?', '#', '\\', '/', ' ', '\t', '\n', '\u000B', '\f', '\r',
        '\u0000', '\u001F', '\u007F', '\u0080', '\u009F', '\u00A0', '\u2028', '\u3000', '\u200D', '\u200E', '\u200F',
        '\u061B', '\u061C', '\u061D', '\u2029', '\u202A', '\u202E', '\u202F', '\u2065', '\u2066', '\u2069', '\u206A',
        '\uD83D', '\uDE00', '\uFEFF'};

    @Test
    void urlSegmentsAreWhatThePatternAccepted() {
        assertAgree(11, name -> URL_SEGMENT.matcher(name).matches(), PageParser::isUrlSegment);
    }

    @Test
    void deceptiveTitlesAreWhatThePatternFound() {
        assertAgree(12, title -> DECEPTIVE.matcher(title).find(), PageParser::hasDeceptive);
    }

    /** The pattern and the loop say the same of 20,000 random texts. */
    private static void assertAgree(long seed, Predicate<String> pattern, Predicate<String> loop) {
        Random random = new Random(seed);
        for (int n = 0; n < 20_000; n++) {
            String text = randomText(random);
            assertEquals(pattern.test(text), loop.test(text), () -> describe(text));
        }
    }

    @Test
    void namesAndTitlesByExample() {
        assertTrue(PageParser.isUrlSegment("fastapi-developers.md"));
        assertTrue(PageParser.isUrlSegment("développeurs"));
        assertFalse(PageParser.isUrlSegment(""));
        assertFalse(PageParser.isUrlSegment("50%.md"));
        assertFalse(PageParser.isUrlSegment("a b.md"));
        assertFalse(PageParser.isUrlSegment("evil\u202Edm.exe"));
        assertFalse(PageParser.hasDeceptive("FastAPI vs Flask"));
        assertTrue(PageParser.hasDeceptive("Fast\u200FAPI"));
        assertTrue(PageParser.hasDeceptive("tab\there"));
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(6);
        for (int i = 0; i < length; i++) {
            // Mostly plain characters, as in real names, so that whole names are often accepted.
            text.append(random.nextInt(3) == 0 ? ALPHABET[random.nextInt(ALPHABET.length)] : ALPHABET[random.nextInt(5)]);
        }
        return text.toString();
    }

    private static String describe(String text) {
        StringBuilder codes = new StringBuilder();
        text.chars().forEach(c -> codes.append(String.format("U+%04X ", c)));
        return "for " + codes.toString().strip();
    }
}
