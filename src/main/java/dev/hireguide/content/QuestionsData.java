package dev.hireguide.content;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.util.List;

/**
 * An interview question guide.
 *
 * @param role       a reference to the role the questions are for
 * @param frameworks references to the frameworks they cover
 * @param questions  the questions, in the order written
 */
public record QuestionsData(String role, List<String> frameworks, List<Question> questions) implements TypedData {

    public QuestionsData {
        frameworks = frameworks == null ? List.of() : List.copyOf(frameworks);
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /**
     * One question. Text fields hold Markdown.
     *
     * @param id            unique in the guide; the question's anchor
     * @param level         the levels it suits: one level or a list
     * @param reveals       what the question tells the interviewer
     * @param surfaceAnswer what a shallow answer sounds like
     * @param deepAnswer    what a strong answer covers
     */
    public record Question(String id, String question, String category,
                           @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Level> level,
                           String reveals, String surfaceAnswer, String deepAnswer, List<String> redFlags,
                           List<String> followUps) {

        public Question {
            level = level == null ? List.of() : List.copyOf(level);
            redFlags = redFlags == null ? List.of() : List.copyOf(redFlags);
            followUps = followUps == null ? List.of() : List.copyOf(followUps);
        }
    }
}
