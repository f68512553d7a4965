package dev.hireguide.search;

import java.util.List;
import java.util.Set;
import java.util.HashSet;

/**
 * A record and its terms by field, worked out on the build's workers before the index is put
 * together.
 *
 * @param shortTitle terms of a title or alias of at most {@link IndexBuilder#SHORT_TITLE} terms
 * @param title      terms of longer titles and aliases
 * @param body       terms of the text, where the record sits, its category and levels
 */
public record IndexedRecord(SearchRecord record, Set<String> shortTitle, Set<String> title, Set<String> body) {

    static IndexedRecord of(SearchRecord record) {
        Set<String> shortTitle = new HashSet<>();
        Set<String> title = new HashSet<>();
        for (String name : concat(record.title(), record.keywords())) {
            Set<String> terms = new HashSet<>(Tokenizer.terms(name));
            (terms.size() <= IndexBuilder.SHORT_TITLE ? shortTitle : title).addAll(terms);
        }
        title.removeAll(shortTitle);
        StringBuilder text = new StringBuilder(record.content());
        for (String part : record.hierarchy()) {
            text.append(' ').append(part);
        }
        text.append(' ').append(record.category());
        for (String level : record.levels()) {
            text.append(' ').append(level);
        }
        return new IndexedRecord(record, shortTitle, title, new HashSet<>(Tokenizer.terms(text.toString())));
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new java.util.ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
