package dev.hireguide.content;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Frameworks compared side by side.
 *
 * @param subjects   references to the frameworks compared, in column order
 * @param criteria   the table's rows
 * @param decisions  an optional decision table: use case, best choice, why
 * @param chooseWhen per subject, reasons to choose it (Markdown lines)
 */
public record ComparisonData(List<String> subjects, List<Criterion> criteria, List<Decision> decisions,
                             Map<String, List<String>> chooseWhen) implements TypedData {

    public ComparisonData {
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        chooseWhen = chooseWhen == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(chooseWhen));
    }

    /** One row: a value (Markdown, or {@code n/a}) and an optional 1–5 rating per subject. */
    public record Criterion(String name, String note, Map<String, String> values, Map<String, Integer> ratings) {
        public Criterion {
            values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
            ratings = ratings == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(ratings));
        }
    }

    /** One row of the decision table. */
    public record Decision(String useCase, String choice, String why) {
    }
}
