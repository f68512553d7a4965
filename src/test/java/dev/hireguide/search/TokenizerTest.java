package dev.hireguide.search;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenizerTest {

    @Test
    void stemsWordsAndDropsStopWords() {
        assertEquals(List.of("hire", "senior", "engin", "hire"), Tokenizer.terms("Hiring the Senior ENGINEERS, hired"));
    }

    @Test
    void foldsAccentsAndCaseOutsideAscii() {
        assertEquals(List.of("cafe", "naiv", "resum"), Tokenizer.terms("Café — naïve Résumé"));
    }

    @Test
    void addsTheSameTermsAsTermsOnce() {
        for (String text : List.of("plain ASCII text, with the words repeated: text TEXT",
                "a café—naïve résumé’s tail; then ASCII again", "ΟΔΟΣ odos", "x\u00a0y z\u2003w", "ﬁle ™ ½",
                "ending in é", "é", "", "   ", "mixed\tlines\nhere’s\rone")) {
            TermSet added = new TermSet();
            Tokenizer.addTerms(text, added);
            List<String> terms = Arrays.stream(added.toArray()).mapToObj(TermIds::term).toList();
            assertEquals(new LinkedHashSet<>(Tokenizer.terms(text)), new LinkedHashSet<>(terms), text);
        }
    }

    /**
     * Random texts with question marks next to letters, characters beyond Latin-1 (some whose
     * low byte is an ASCII letter or blank: U+0141, U+0120, U+2009), Latin-1 letters and emoji:
     * the one-pass reading of their bytes adds the same terms as {@link Tokenizer#terms}.
     */
    @Test
    void addsTheSameTermsAsTermsForRandomTexts() {
        String[] pieces = {"hire", "Senior", "the", "x9", " ", " ", "\n", "?", "-", "\u00e9", "\u00df", "\u0141ukasz",
            "\u0120", "\u2009", "\u2019s", "\ud83d\ude00", "\u4e2d", "caf\u00e9", "A", "z?", "?q"};
        Random random = new Random(9);
        for (int run = 0; run < 5_000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            TermSet added = new TermSet();
            Tokenizer.addTerms(text.toString(), added);
            List<String> terms = Arrays.stream(added.toArray()).mapToObj(TermIds::term).toList();
            assertEquals(new LinkedHashSet<>(Tokenizer.terms(text.toString())), new LinkedHashSet<>(terms), text.toString());
        }
    }
}
