package dev.hireguide.search;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A number for each index term, the same for the whole run: the workers find a word's number
 * where they find its stem (see {@link Tokenizer}), and the index lists a term's records by that
 * number in an array, where a map by term took a look-up for every term of every record (some
 * three million at 10,000 pages, on the build's one thread). Numbers depend on which thread met
 * a term first, so they never reach the index's files: those are ordered by term.
 * Thread-safe; a number is read by another thread only after the task that made it has ended
 * (a task's end comes before what waits for it), which is how the index reads them. Like the
 * stem cache, this grows with the run's vocabulary, not its pages: a site's distinct stems (tens
 * of thousands), and those of the edits a {@code serve} session rebuilds.
 */
final class TermIds {

    private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();
    /** The terms by number; guarded by the class for writes. */
    private static volatile String[] terms = new String[4096];
    private static int count;

    private TermIds() {
    }

    /** The number of a term, given one when first met. */
    static int of(String term) {
        Integer id = IDS.get(term);
        return id != null ? id : add(term);
    }

    private static synchronized int add(String term) {
        Integer id = IDS.get(term);
        if (id != null) {
            return id;
        }
        String[] now = terms;
        if (count == now.length) {
            now = Arrays.copyOf(now, count * 2);
        }
        now[count] = term;
        terms = now;
        IDS.put(term, count);
        return count++;
    }

    /** The term of a number that {@link #of} gave. */
    static String term(int id) {
        return terms[id];
    }

    /** How many numbers have been given: each one given is below it. */
    static synchronized int count() {
        return count;
    }
}
