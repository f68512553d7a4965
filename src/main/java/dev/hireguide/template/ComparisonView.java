package dev.hireguide.template;

import java.util.List;

/**
 * A comparison as templates see it ({@code page.data} on comparison pages). Text fields are
 * HTML rendered from Markdown (trusted: {@code | raw}).
 *
 * @param subjects   the column heads, linking to the frameworks' pages
 * @param criteria   the rows
 * @param decisions  the decision table, may be empty
 * @param chooseWhen per subject, reasons to choose it; may be empty
 */
public record ComparisonView(List<LinkView> subjects, List<CriterionRow> criteria, List<DecisionRow> decisions,
                             List<ChoiceList> chooseWhen) {

    public ComparisonView {
        subjects = List.copyOf(subjects);
        criteria = List.copyOf(criteria);
        decisions = List.copyOf(decisions);
        chooseWhen = List.copyOf(chooseWhen);
    }

    /** One row: its name, an optional note (HTML), and a cell per subject in column order. */
    public record CriterionRow(String name, String note, List<Cell> cells) {
        public CriterionRow {
            cells = List.copyOf(cells);
        }
    }

    /** One cell: its HTML, a rating from 1 to 5 (0 when none), and whether it is {@code n/a}. */
    public record Cell(String html, int rating, boolean na) {
    }

    /** A row of the decision table. */
    public record DecisionRow(String useCase, LinkView choice, String why) {
    }

    /** Reasons to choose one subject. */
    public record ChoiceList(LinkView subject, List<String> reasons) {
        public ChoiceList {
            reasons = List.copyOf(reasons);
        }
    }
}
