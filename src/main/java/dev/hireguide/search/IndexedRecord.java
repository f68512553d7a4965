package dev.hireguide.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A record and its terms by field, worked out on the build's workers before the index is put
 * together. Terms are sorted arrays without repeats: a big site holds tens of thousands of these
 * at once, and arrays of the stem cache's shared strings are far smaller than sets.
 *
 * @param shortTitle terms of a title or alias of at most {@link IndexBuilder#SHORT_TITLE} terms
 * @param title      terms of longer titles and aliases
 * @param body       terms of the text, where the record sits, its category and levels
 */
public record IndexedRecord(SearchRecord record, String[] shortTitle, String[] title, String[] body) {

    static IndexedRecord of(SearchRecord record) {
        List<String> shortTitle = new ArrayList<>();
        List<String> title = new ArrayList<>();
        List<String> names = new ArrayList<>(record.keywords());
        names.add(0, record.title());
        for (String name : names) {
            List<String> terms = Tokenizer.terms(name);
            (unique(terms).length <= IndexBuilder.SHORT_TITLE ? shortTitle : title).addAll(terms);
        }
        String[] shortTerms = unique(shortTitle);
        title.removeAll(Arrays.asList(shortTerms));
        StringBuilder text = new StringBuilder(record.content());
        for (String part : record.hierarchy()) {
            text.append(' ').append(part);
        }
        text.append(' ').append(record.category());
        for (String level : record.levels()) {
            text.append(' ').append(level);
        }
        return new IndexedRecord(record, shortTerms, unique(title), unique(Tokenizer.terms(text.toString())));
    }

    /** The same record with the same terms. */
    boolean sameAs(IndexedRecord other) {
        return record.equals(other.record) && Arrays.equals(shortTitle, other.shortTitle)
                && Arrays.equals(title, other.title) && Arrays.equals(body, other.body);
    }

    private static String[] unique(List<String> terms) {
        String[] sorted = terms.toArray(new String[0]);
        Arrays.sort(sorted);
        int size = 0;
        for (String term : sorted) {
            if (size == 0 || !sorted[size - 1].equals(term)) {
                sorted[size++] = term;
            }
        }
        return Arrays.copyOf(sorted, size);
    }
}
