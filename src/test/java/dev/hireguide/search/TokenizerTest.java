package dev.hireguide.search;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
            Set<String> added = new HashSet<>();
            Tokenizer.addTerms(text, added);
            assertEquals(new HashSet<>(Tokenizer.terms(text)), added, text);
        }
    }
}
