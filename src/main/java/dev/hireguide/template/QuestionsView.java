package dev.hireguide.template;

import java.util.List;

/**
 * A question guide as templates see it ({@code page.data} on question guide pages). Text fields
 * are HTML rendered from Markdown (trusted: {@code | raw}).
 *
 * @param levels     the levels used in this guide, junior first, for the filter
 * @param categories the questions grouped by category, in order of first appearance
 * @param count      how many questions there are
 */
public record QuestionsView(LinkView role, List<LinkView> frameworks, List<LevelBadge> levels,
                            List<CategoryGroup> categories, int count) {

    public QuestionsView {
        frameworks = List.copyOf(frameworks);
        levels = List.copyOf(levels);
        categories = List.copyOf(categories);
    }

    /** A category and its questions; {@code id} is an anchor made from the name. */
    public record CategoryGroup(String name, String id, List<QuestionView> questions) {
        public CategoryGroup {
            questions = List.copyOf(questions);
        }
    }

    /**
     * One question.
     *
     * @param id        the question's anchor
     * @param levelKeys the level keys separated by spaces ({@code mid senior}), for filters
     */
    public record QuestionView(String id, String question, String category, List<LevelBadge> levels,
                               String levelKeys, String reveals, String surfaceAnswer, String deepAnswer,
                               List<String> redFlags, List<String> followUps) {
        public QuestionView {
            levels = List.copyOf(levels);
            redFlags = List.copyOf(redFlags);
            followUps = List.copyOf(followUps);
        }
    }

    /** A level as a badge: {@code junior} and {@code Junior}. */
    public record LevelBadge(String key, String label) {
    }
}
