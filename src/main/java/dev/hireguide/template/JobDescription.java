package dev.hireguide.template;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A role's job description as files a recruiter can paste into a job board: the Markdown as
 * written, and plain text made from the rendered HTML (headings, paragraphs and list items
 * each on their own lines).
 */
public final class JobDescription {

    public static final String TEXT_FILE = "job-description.txt";
    public static final String MARKDOWN_FILE = "job-description.md";

    private JobDescription() {
    }

    /** Plain text of an HTML fragment, keeping its block structure. */
    public static String plainText(String html) {
        String quick = FragmentText.of(html);
        return squeezed(quick != null ? quick : jsoupLines(html)).strip() + "\n";
    }

    /**
     * The text with each run of three line breaks or more made two: one blank line between
     * blocks. A loop, not a pattern, since every role's text goes through it on every build.
     */
    static String squeezed(String lines) {
        StringBuilder out = new StringBuilder(lines.length());
        int breaks = 0;
        for (int i = 0; i < lines.length(); i++) {
            char c = lines.charAt(i);
            breaks = c == '\n' ? breaks + 1 : 0;
            if (breaks <= 2) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The lines before blank lines are squeezed, from jsoup's tree: for HTML {@link FragmentText} does not read. */
    static String jsoupLines(String html) {
        StringBuilder out = new StringBuilder();
        Element body = Jsoup.parseBodyFragment(html).body();
        // A glossary term's tooltip is not part of the text; paragraphs and headings take their
        // text whole, so the tooltips go before anything is read.
        body.select(".glossary-tip").remove();
        for (Node node : body.childNodes()) {
            append(node, out, "");
        }
        return out.toString();
    }

    private static void append(Node node, StringBuilder out, String indent) {
        if (node instanceof TextNode text) {
            // The line breaks Markdown leaves between blocks are not text.
            if (!text.isBlank()) {
                out.append(text.text());
            }
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        switch (element.tagName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> out.append("\n").append(element.text()).append("\n\n");
            case "p" -> out.append(element.text()).append("\n\n");
            case "ul", "ol" -> {
                int n = 1;
                for (Element item : element.children()) {
                    String bullet = element.tagName().equals("ol") ? (n++) + ". " : "- ";
                    out.append(indent).append(bullet);
                    StringBuilder inner = new StringBuilder();
                    for (Node child : item.childNodes()) {
                        append(child, inner, indent + "  ");
                    }
                    out.append(inner.toString().strip()).append("\n");
                }
                out.append("\n");
            }
            case "br" -> out.append("\n");
            default -> {
                for (Node child : element.childNodes()) {
                    append(child, out, indent);
                }
                if (element.isBlock()) {
                    out.append("\n");
                }
            }
        }
    }
}
