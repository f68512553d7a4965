package dev.hireguide.template;

import java.util.List;

/** The glossary section's A–Z index ({@code page.data} on the glossary section page). */
public record GlossaryView(List<LetterGroup> letters) {

    public GlossaryView {
        letters = List.copyOf(letters);
    }

    /** The terms under one initial letter. */
    public record LetterGroup(String letter, List<TermEntry> terms) {
        public LetterGroup {
            terms = List.copyOf(terms);
        }
    }

    /** One entry of the index: the term, its page, its one-sentence definition. */
    public record TermEntry(String term, String url, String shortText) {
    }
}
