package dev.hireguide.template;

/**
 * Renders Markdown held in a front matter field. {@code pointer} names the field
 * ({@code /questions/3/deep_answer}) so problems are reported at its line.
 */
public interface FieldMarkdown {

    /** Paragraphs, lists and the rest, as the body is rendered. */
    String block(String text, String pointer);

    /** One line: the same, without the paragraph around it. */
    String inline(String text, String pointer);
}
