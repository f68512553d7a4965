package dev.hireguide.content;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.YearMonth;
import java.util.List;

/**
 * A role's hiring guide.
 *
 * @param role       a reference to the role page
 * @param frameworks references to framework pages
 * @param skills     skills the guide is about
 * @param market     the market snapshot
 */
public record GuideData(String role, List<String> frameworks, List<String> skills, Market market) implements TypedData {

    public GuideData {
        frameworks = frameworks == null ? List.of() : List.copyOf(frameworks);
        skills = skills == null ? List.of() : List.copyOf(skills);
    }

    /** Where and when market figures come from. */
    public record Source(String name, String url) {
    }

    /** A salary range for one level. */
    public record Range(Long min, Long max) {
    }

    /** A whole-number range, such as weeks to hire. */
    public record WeekRange(Integer min, Integer max) {
    }

    /** Salary ranges per level; {@code lead} is optional. */
    public record Salary(Range junior, Range mid, Range senior, Range lead) {
    }

    /** How hard it is to hire for the role. */
    public enum Difficulty {
        @JsonProperty("easy") EASY("Easy"),
        @JsonProperty("moderate") MODERATE("Moderate"),
        @JsonProperty("hard") HARD("Hard"),
        @JsonProperty("very-hard") VERY_HARD("Very hard");

        private final String label;

        Difficulty(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Where demand for the role is heading. */
    public enum Demand {
        @JsonProperty("cooling") COOLING("Cooling"),
        @JsonProperty("steady") STEADY("Steady"),
        @JsonProperty("rising") RISING("Rising"),
        @JsonProperty("hot") HOT("Hot");

        private final String label;

        Demand(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What the salary figures are per. */
    public enum Period {
        @JsonProperty("year") YEAR("per year"),
        @JsonProperty("hour") HOUR("per hour");

        private final String label;

        Period(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * The market snapshot: figures, their source and their date. {@code audience: internal}
     * keeps the snapshot (salary figures above all) out of public builds.
     */
    public record Market(YearMonth asOf, Source source, String region, String currency, Period period,
                         Salary salary, Difficulty difficulty, WeekRange timeToHireWeeks, Demand demand,
                         Audience audience) {

        public Market {
            period = period == null ? Period.YEAR : period;
        }
    }
}
