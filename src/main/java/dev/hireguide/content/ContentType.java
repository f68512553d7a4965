package dev.hireguide.content;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of hiring content. A page's type comes from its top folder under content/, or from
 * a {@code type:} field; each type has its own front matter record and its own template.
 */
public enum ContentType {
    PAGE("page", "", "Page"),
    GUIDE("guide", "guides", "Guide"),
    COMPARISON("comparison", "comparisons", "Comparison"),
    QUESTIONS("questions", "questions", "Question guide"),
    ROLE("role", "roles", "Role"),
    FRAMEWORK("framework", "frameworks", "Framework"),
    TERM("term", "glossary", "Glossary term");

    private final String key;
    private final String folder;
    private final String label;

    ContentType(String key, String folder, String label) {
        this.key = key;
        this.folder = folder;
        this.label = label;
    }

    /** The name written in {@code type:} and used in references ({@code framework/fastapi}). */
    public String key() {
        return key;
    }

    /** The top folder whose pages have this type by default, or empty for plain pages. */
    public String folder() {
        return folder;
    }

    /** The name shown to readers. */
    public String label() {
        return label;
    }

    /** The template that renders pages of this type: {@code guide.peb}. */
    public String template() {
        return key + ".peb";
    }

    public static Optional<ContentType> ofKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** The type of a page in {@code folder} (its path under content/) when it has no {@code type:} field. */
    public static ContentType ofFolder(String folder) {
        String top = folder.contains("/") ? folder.substring(0, folder.indexOf('/')) : folder;
        return Arrays.stream(values()).filter(t -> !t.folder.isEmpty() && t.folder.equals(top)).findFirst().orElse(PAGE);
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(ContentType::key).toList();
    }
}
