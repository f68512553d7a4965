package dev.hireguide.template;

import java.util.List;

/**
 * A guide as templates see it ({@code page.data} on guide pages).
 *
 * @param role       the role the guide hires for, or null
 * @param frameworks the frameworks it covers
 * @param market     the market snapshot, or null (also when it is internal and the build is public)
 */
public record GuideView(LinkView role, List<LinkView> frameworks, List<String> skills, MarketView market) {

    public GuideView {
        frameworks = List.copyOf(frameworks);
        skills = List.copyOf(skills);
    }

    /**
     * The market snapshot card.
     *
     * @param asOf           {@code January 2026}
     * @param stale          older than the site's {@code stale_after_months}
     * @param sourceUrl      may be empty
     * @param period         {@code per year} or {@code per hour}
     * @param salary         one row per level given, junior first; may be empty
     * @param chart          the salary ranges as inline SVG (trusted markup: {@code | raw}); empty without salary
     * @param difficulty     {@code Very hard}, or empty
     * @param difficultyKey  {@code very-hard}, for styling, or empty
     * @param difficultyStep 1 (easy) to 4 (very hard), 0 when not given
     * @param timeToHire     {@code 4–8 weeks}, or empty
     * @param demand         {@code Rising}, or empty
     * @param demandKey      {@code rising}, or empty
     * @param internal       the snapshot is for internal readers only (only ever true in an internal build)
     */
    public record MarketView(String asOf, boolean stale, String sourceName, String sourceUrl, String region,
                             String currency, String period, List<SalaryRow> salary, String chart, String difficulty,
                             String difficultyKey, int difficultyStep, String timeToHire, String demand,
                             String demandKey, boolean internal) {
        public MarketView {
            salary = List.copyOf(salary);
        }
    }

    /** One level's salary range, formatted: {@code $85,000}. */
    public record SalaryRow(String level, String levelKey, String min, String max) {
    }
}
