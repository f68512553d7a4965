package dev.hireguide.search;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PorterStemmerTest {

    @Test
    void stemsLikeThePorterPaper() {
        // Examples from each step of M.F. Porter, "An algorithm for suffix stripping" (1980).
        Map<String, String> cases = new LinkedHashMap<>();
        String[] pairs = {"caresses", "caress", "ponies", "poni", "ties", "ti", "caress", "caress", "cats", "cat",
                "feed", "feed", "agreed", "agre", "plastered", "plaster", "bled", "bled", "motoring", "motor",
                "sing", "sing", "conflated", "conflat", "troubled", "troubl", "sized", "size", "hopping", "hop",
                "tanned", "tan", "falling", "fall", "hissing", "hiss", "fizzed", "fizz", "failing", "fail",
                "filing", "file", "happy", "happi", "sky", "sky", "relational", "relat", "conditional", "condit",
                "rational", "ration", "valenci", "valenc", "digitizer", "digit", "conformabli", "conform",
                "radicalli", "radic", "differentli", "differ", "vileli", "vile", "analogousli", "analog",
                "vietnamization", "vietnam", "predication", "predic", "operator", "oper", "feudalism", "feudal",
                "decisiveness", "decis", "hopefulness", "hope", "callousness", "callous", "formaliti", "formal",
                "sensitiviti", "sensit", "sensibiliti", "sensibl", "triplicate", "triplic", "formative", "form",
                "formalize", "formal", "electriciti", "electr", "electrical", "electr", "hopeful", "hope",
                "goodness", "good", "revival", "reviv", "allowance", "allow", "inference", "infer",
                "airliner", "airlin", "gyroscopic", "gyroscop", "adjustable", "adjust", "defensible", "defens",
                "irritant", "irrit", "replacement", "replac", "adjustment", "adjust", "dependent", "depend",
                "adoption", "adopt", "homologou", "homolog", "communism", "commun", "activate", "activ",
                "angulariti", "angular", "homologous", "homolog", "effective", "effect", "bowdlerize", "bowdler",
                "probate", "probat", "rate", "rate", "cease", "ceas", "controll", "control", "roll", "roll",
                "generalizations", "gener", "oscillators", "oscil",
                "hiring", "hire", "hires", "hire", "hired", "hire", "developers", "develop", "asynchronous", "asynchron"};
        for (int i = 0; i < pairs.length; i += 2) {
            cases.put(pairs[i], pairs[i + 1]);
        }
        cases.forEach((word, stem) -> assertEquals(stem, PorterStemmer.stem(word), word));
    }

    @Test
    void leavesShortWordsNumbersAndOtherScriptsAlone() {
        assertEquals("is", PorterStemmer.stem("is"));
        assertEquals("2026", PorterStemmer.stem("2026"));
        assertEquals("oauth2", PorterStemmer.stem("oauth2"));
        assertEquals("gehälter", PorterStemmer.stem("gehälter"));
    }
}
