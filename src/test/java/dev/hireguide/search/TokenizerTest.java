package dev.hireguide.search;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

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
}
