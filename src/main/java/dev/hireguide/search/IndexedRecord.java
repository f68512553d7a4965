package dev.hireguide.search;

import java.util.HashSet;
import java.util.Set;

/**
 * A record and its terms by field, worked out on the build's workers before the index is put
 * together. Terms are arrays without repeats, in no particular order (the index is keyed by
 * term, so the order never reaches its files): a big site holds tens of thousands of these at
 * once, and arrays of the stem cache's shared strings are far smaller than sets.
 *
 * @param shortTitle terms of a title or alias of at most {@link IndexBuilder#SHORT_TITLE} terms
 * @param title      terms of longer titles and aliases, less those of short ones
 * @param body       terms of the text, where the record sits, its category and levels
 */
public record IndexedRecord(SearchRecord record, String[] shortTitle, String[] title, String[] body) {

    private static final String[] NONE = new String[0];

    static IndexedRecord of(SearchRecord record) {
        Set<String> shortTitle = new HashSet<>();
        Set<String> title = new HashSet<>();
        Set<String> name = new HashSet<>();
        names(record.title(), name, shortTitle, title);
        for (String keyword : record.keywords()) {
            names(keyword, name, shortTitle, title);
        }
        title.removeAll(shortTitle);
        Set<String> body = new HashSet<>(64);
        Tokenizer.addTerms(record.content(), body);
        for (String part : record.hierarchy()) {
            Tokenizer.addTerms(part, body);
        }
        Tokenizer.addTerms(record.category(), body);
        for (String level : record.levels()) {
            Tokenizer.addTerms(level, body);
        }
        return new IndexedRecord(record, array(shortTitle), array(title), array(body));
    }

    /** Adds a title's or alias's terms to the short titles or the titles, by how many there are. */
    private static void names(String text, Set<String> scratch, Set<String> shortTitle, Set<String> title) {
        scratch.clear();
        Tokenizer.addTerms(text, scratch);
        (scratch.size() <= IndexBuilder.SHORT_TITLE ? shortTitle : title).addAll(scratch);
    }

    private static String[] array(Set<String> terms) {
        return terms.isEmpty() ? NONE : terms.toArray(NONE);
    }
}
