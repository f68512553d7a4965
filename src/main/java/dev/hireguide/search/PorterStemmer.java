package dev.hireguide.search;

/**
 * The Porter stemmer (M.F. Porter, 1980, with the reference implementation's two departures:
 * {@code -bli} to {@code -ble} and {@code -logi} to {@code -log}), so that "hiring", "hires" and
 * "hired" are one term. The theme's {@code search.js} has the same algorithm line for line, so
 * a query is stemmed in the browser exactly as the index was at build time.
 */
final class PorterStemmer {

    private final char[] b;
    private int k;
    private int j;

    private PorterStemmer(String word) {
        this.b = new char[word.length() + 1];
        word.getChars(0, word.length(), b, 0);
        this.k = word.length() - 1;
    }

    /** The stem of a lowercase word; words of one or two letters and words with other characters than a-z stay as they are. */
    static String stem(String word) {
        if (word.length() <= 2) {
            return word;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return word;
            }
        }
        PorterStemmer s = new PorterStemmer(word);
        s.step1ab();
        if (s.k > 0) {
            s.step1c();
            s.step2();
            s.step3();
            s.step4();
            s.step5();
        }
        return new String(s.b, 0, s.k + 1);
    }

    private boolean cons(int i) {
        switch (b[i]) {
            case 'a', 'e', 'i', 'o', 'u':
                return false;
            case 'y':
                return i == 0 || !cons(i - 1);
            default:
                return true;
        }
    }

    /** The number of vowel-consonant sequences in b[0..j]. */
    private int m() {
        int n = 0;
        int i = 0;
        while (true) {
            if (i > j) {
                return n;
            }
            if (!cons(i)) {
                break;
            }
            i++;
        }
        i++;
        while (true) {
            while (true) {
                if (i > j) {
                    return n;
                }
                if (cons(i)) {
                    break;
                }
                i++;
            }
            i++;
            n++;
            while (true) {
                if (i > j) {
                    return n;
                }
                if (!cons(i)) {
                    break;
                }
                i++;
            }
            i++;
        }
    }

    private boolean vowelInStem() {
        for (int i = 0; i <= j; i++) {
            if (!cons(i)) {
                return true;
            }
        }
        return false;
    }

    private boolean doubleConsonant(int at) {
        return at >= 1 && b[at] == b[at - 1] && cons(at);
    }

    /** Consonant-vowel-consonant ending at i, the last not w, x or y: "hop", not "snow". */
    private boolean cvc(int i) {
        if (i < 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) {
            return false;
        }
        char c = b[i];
        return c != 'w' && c != 'x' && c != 'y';
    }

    private boolean ends(String s) {
        int length = s.length();
        int offset = k - length + 1;
        if (offset < 0) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (b[offset + i] != s.charAt(i)) {
                return false;
            }
        }
        j = k - length;
        return true;
    }

    private void setTo(String s) {
        int length = s.length();
        int offset = j + 1;
        for (int i = 0; i < length; i++) {
            b[offset + i] = s.charAt(i);
        }
        k = j + length;
    }

    private void replace(String s) {
        if (m() > 0) {
            setTo(s);
        }
    }

    private void step1ab() {
        if (b[k] == 's') {
            if (ends("sses")) {
                k -= 2;
            } else if (ends("ies")) {
                setTo("i");
            } else if (b[k - 1] != 's') {
                k--;
            }
        }
        if (ends("eed")) {
            if (m() > 0) {
                k--;
            }
        } else if ((ends("ed") || ends("ing")) && vowelInStem()) {
            k = j;
            if (ends("at")) {
                setTo("ate");
            } else if (ends("bl")) {
                setTo("ble");
            } else if (ends("iz")) {
                setTo("ize");
            } else if (doubleConsonant(k)) {
                k--;
                char c = b[k];
                if (c == 'l' || c == 's' || c == 'z') {
                    k++;
                }
            } else if (m() == 1 && cvc(k)) {
                setTo("e");
            }
        }
    }

    private void step1c() {
        if (ends("y") && vowelInStem()) {
            b[k] = 'i';
        }
    }

    private boolean rule(String suffix, String replacement) {
        if (ends(suffix)) {
            replace(replacement);
            return true;
        }
        return false;
    }

    private void step2() {
        switch (b[k - 1]) {
            case 'a' -> {
                if (!rule("ational", "ate")) {
                    rule("tional", "tion");
                }
            }
            case 'c' -> {
                if (!rule("enci", "ence")) {
                    rule("anci", "ance");
                }
            }
            case 'e' -> rule("izer", "ize");
            case 'l' -> {
                if (!rule("bli", "ble") && !rule("alli", "al") && !rule("entli", "ent") && !rule("eli", "e")) {
                    rule("ousli", "ous");
                }
            }
            case 'o' -> {
                if (!rule("ization", "ize") && !rule("ation", "ate")) {
                    rule("ator", "ate");
                }
            }
            case 's' -> {
                if (!rule("alism", "al") && !rule("iveness", "ive") && !rule("fulness", "ful")) {
                    rule("ousness", "ous");
                }
            }
            case 't' -> {
                if (!rule("aliti", "al") && !rule("iviti", "ive")) {
                    rule("biliti", "ble");
                }
            }
            case 'g' -> rule("logi", "log");
            default -> {
            }
        }
    }

    private void step3() {
        switch (b[k]) {
            case 'e' -> {
                if (!rule("icate", "ic") && !rule("ative", "")) {
                    rule("alize", "al");
                }
            }
            case 'i' -> rule("iciti", "ic");
            case 'l' -> {
                if (!rule("ical", "ic")) {
                    rule("ful", "");
                }
            }
            case 's' -> rule("ness", "");
            default -> {
            }
        }
    }

    private void step4() {
        boolean found = switch (b[k - 1]) {
            case 'a' -> ends("al");
            case 'c' -> ends("ance") || ends("ence");
            case 'e' -> ends("er");
            case 'i' -> ends("ic");
            case 'l' -> ends("able") || ends("ible");
            case 'n' -> ends("ant") || ends("ement") || ends("ment") || ends("ent");
            case 'o' -> (ends("ion") && j >= 0 && (b[j] == 's' || b[j] == 't')) || ends("ou");
            case 's' -> ends("ism");
            case 't' -> ends("ate") || ends("iti");
            case 'u' -> ends("ous");
            case 'v' -> ends("ive");
            case 'z' -> ends("ize");
            default -> false;
        };
        if (found && m() > 1) {
            k = j;
        }
    }

    private void step5() {
        j = k;
        if (b[k] == 'e') {
            int a = m();
            if (a > 1 || a == 1 && !cvc(k - 1)) {
                k--;
            }
        }
        if (b[k] == 'l' && doubleConsonant(k) && m() > 1) {
            k--;
        }
    }
}
