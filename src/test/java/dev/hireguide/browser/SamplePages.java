package dev.hireguide.browser;

import java.util.List;

/**
 * One page of each main page type of the sample site in content/, for the tests that go
 * over every type. When the sample content is renamed, change the path here.
 */
public final class SamplePages {

    /** A page type and the path of a sample page of that type. */
    public record PageType(String name, String path) {
        @Override
        public String toString() {
            return name + " (/" + path + ")";
        }
    }

    public static final PageType HOME = new PageType("home", "");
    public static final PageType SECTION = new PageType("section", "guides/");
    public static final PageType GUIDE = new PageType("guide", "guides/fastapi-developers/");
    public static final PageType COMPARISON = new PageType("comparison", "comparisons/fastapi-flask-drf-express/");
    public static final PageType QUESTIONS = new PageType("questions", "questions/fastapi/");
    public static final PageType ROLE = new PageType("role", "roles/backend-python-engineer/");
    public static final PageType FRAMEWORK = new PageType("framework", "frameworks/fastapi/");
    public static final PageType TERM = new PageType("term", "glossary/asgi/");
    public static final PageType GLOSSARY = new PageType("glossary", "glossary/");

    /** Every main page type, in the order a reader meets them. */
    public static final List<PageType> MAIN =
            List.of(HOME, SECTION, GUIDE, COMPARISON, QUESTIONS, ROLE, FRAMEWORK, TERM, GLOSSARY);

    private SamplePages() {
    }
}
