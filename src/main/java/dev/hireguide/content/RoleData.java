package dev.hireguide.content;

import java.util.List;

/**
 * A role template. The page body is the job description.
 *
 * @param family           the job family, such as Engineering
 * @param frameworks       references to framework pages
 * @param responsibilities Markdown lines
 * @param requirements     Markdown lines
 * @param niceToHave       Markdown lines
 * @param levels           expectations per level, junior first
 * @param flags            resume flags
 */
public record RoleData(String family, List<String> frameworks, List<String> skills, List<String> responsibilities,
                       List<String> requirements, List<String> niceToHave, List<LevelExpectation> levels,
                       Flags flags) implements TypedData {

    public RoleData {
        frameworks = frameworks == null ? List.of() : List.copyOf(frameworks);
        skills = skills == null ? List.of() : List.copyOf(skills);
        responsibilities = responsibilities == null ? List.of() : List.copyOf(responsibilities);
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
        niceToHave = niceToHave == null ? List.of() : List.copyOf(niceToHave);
        levels = levels == null ? List.of() : List.copyOf(levels);
        flags = flags == null ? new Flags(null, null, null) : flags;
    }

    /** What is expected at one level. Text fields hold Markdown. */
    public record LevelExpectation(Level level, String years, String scope, String trustedWith, String interviewFocus) {
    }

    /** Green, yellow and red flags on a resume: Markdown lines. */
    public record Flags(List<String> green, List<String> yellow, List<String> red) {
        public Flags {
            green = green == null ? List.of() : List.copyOf(green);
            yellow = yellow == null ? List.of() : List.copyOf(yellow);
            red = red == null ? List.of() : List.copyOf(red);
        }
    }
}
