package dev.hireguide.search;

import dev.hireguide.output.OutputFile;

import java.util.List;

/**
 * What the search stage makes.
 *
 * @param records every record, in index order
 * @param files   the index files to write under {@code search/}
 */
public record SearchIndex(List<SearchRecord> records, List<OutputFile> files) {

    public SearchIndex {
        records = List.copyOf(records);
        files = List.copyOf(files);
    }
}
