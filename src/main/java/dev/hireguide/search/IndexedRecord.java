package dev.hireguide.search;

import java.util.Arrays;

/**
 * A record and its terms by field, worked out on the build's workers before the index is put
 * together. Terms are arrays of {@link TermIds} numbers without repeats, in the order first met
 * (the index is keyed by term, so the order never reaches its files): a big site holds tens of
 * thousands of these at once, and arrays are far smaller than sets.
 *
 * @param shortTitle terms of a title or alias of at most {@link IndexBuilder#SHORT_TITLE} terms
 * @param title      terms of longer titles and aliases, less those of short ones
 * @param body       terms of the text, where the record sits, its category and levels
 */
public record IndexedRecord(SearchRecord record, int[] shortTitle, int[] title, int[] body) {

    /** Each thread's sets, cleared for each record. */
    private static final ThreadLocal<TermSet[]> SCRATCH = ThreadLocal.withInitial(
            () -> new TermSet[] {new TermSet(), new TermSet(), new TermSet(), new TermSet()});

    static IndexedRecord of(SearchRecord record) {
        TermSet[] sets = SCRATCH.get();
        TermSet shortTitle = sets[0];
        TermSet title = sets[1];
        TermSet name = sets[2];
        TermSet body = sets[3];
        for (TermSet set : sets) {
            set.clear();
        }
        names(record.title(), name, shortTitle, title);
        for (String keyword : record.keywords()) {
            names(keyword, name, shortTitle, title);
        }
        Tokenizer.addTerms(record.content(), body);
        for (String part : record.hierarchy()) {
            Tokenizer.addTerms(part, body);
        }
        Tokenizer.addTerms(record.category(), body);
        for (String level : record.levels()) {
            Tokenizer.addTerms(level, body);
        }
        return new IndexedRecord(record, shortTitle.toArray(), title.toArray(shortTitle), body.toArray());
    }

    /** Adds a title's or alias's terms to the short titles or the titles, by how many there are. */
    private static void names(String text, TermSet scratch, TermSet shortTitle, TermSet title) {
        scratch.clear();
        Tokenizer.addTerms(text, scratch);
        (scratch.size() <= IndexBuilder.SHORT_TITLE ? shortTitle : title).addAll(scratch);
    }

    /** The same record with the same terms. */
    boolean sameAs(IndexedRecord other) {
        return record.equals(other.record) && Arrays.equals(shortTitle, other.shortTitle)
                && Arrays.equals(title, other.title) && Arrays.equals(body, other.body);
    }
}
