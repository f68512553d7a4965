package dev.hireguide.template;

import java.util.List;

/**
 * A role as templates see it ({@code page.data} on role pages). Text fields are HTML rendered
 * from Markdown (trusted: {@code | raw}); the job description is {@code page.content}.
 *
 * @param jobDescriptionText the job description as plain text, for the copy button
 * @param jobDescriptionTxt  URL of the plain text file
 * @param jobDescriptionMd   URL of the Markdown file
 */
public record RoleView(String family, List<LinkView> frameworks, List<String> skills, List<String> responsibilities,
                       List<String> requirements, List<String> niceToHave, List<LevelView> levels, FlagsView flags,
                       String jobDescriptionText, String jobDescriptionTxt, String jobDescriptionMd) {

    public RoleView {
        frameworks = List.copyOf(frameworks);
        skills = List.copyOf(skills);
        responsibilities = List.copyOf(responsibilities);
        requirements = List.copyOf(requirements);
        niceToHave = List.copyOf(niceToHave);
        levels = List.copyOf(levels);
    }

    /** What one level is expected to do; {@code key} is {@code junior}, {@code label} {@code Junior}. */
    public record LevelView(String key, String label, String years, String scope, String trustedWith,
                            String interviewFocus) {
    }

    /** Resume flags as HTML list items. */
    public record FlagsView(List<String> green, List<String> yellow, List<String> red) {
        public FlagsView {
            green = List.copyOf(green);
            yellow = List.copyOf(yellow);
            red = List.copyOf(red);
        }
    }
}
