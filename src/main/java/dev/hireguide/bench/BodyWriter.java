package dev.hireguide.bench;

import java.util.List;
import java.util.Map;

/**
 * Writes a page's Markdown body, about 3 KB: a lead paragraph, four sections with a list, a
 * table, a code block and a callout, and root-relative links to other planned pages. The body
 * is the same text for hireguide and for Hugo.
 */
final class BodyWriter {

    private static final Map<Section, List<String>> FIRST_HEADINGS = Map.of(
            Section.GUIDES, List.of("What the role involves", "Where to find candidates", "What the market pays"),
            Section.QUESTIONS, List.of("How to use these questions", "What good answers share", "Scoring"),
            Section.GLOSSARY, List.of("What it means", "Where candidates meet it", "How it is used"),
            Section.ROLES, List.of("About the team", "What you will do", "How we work"),
            Section.COMPARISONS, List.of("The short answer", "How they differ", "What it means for hiring"),
            Section.FRAMEWORKS, List.of("What it is for", "Who uses it", "The hiring pool"),
            Section.HANDBOOK, List.of("Why it matters", "How we do it", "Before you start"));

    private static final List<String> LEVELS = List.of("Junior", "Mid-level", "Senior", "Lead");

    private final CorpusPlan plan;
    private final Prose prose;
    private final StringBuilder text = new StringBuilder(3600);

    private BodyWriter(CorpusPlan plan, Prose prose) {
        this.plan = plan;
        this.prose = prose;
    }

    /** The body of a content page; {@code about} are pages it naturally links to, such as a guide's role. */
    static String page(CorpusPlan plan, PlannedPage page, List<PlannedPage> about, Prose prose) {
        BodyWriter body = new BodyWriter(plan, prose);
        body.paragraph(prose.paragraph(2) + " See " + link(about.isEmpty() ? plan.any(prose.random()) : about.get(0))
                + " and " + body.anyLink() + " for more.");
        body.heading(prose.pick(FIRST_HEADINGS.get(page.section())));
        body.paragraph(prose.paragraph(3));
        body.list();
        body.heading(prose.phrase());
        body.paragraph(prose.paragraph(3));
        body.table();
        body.heading(prose.phrase());
        body.paragraph(prose.paragraph(2));
        body.text.append(CodeSamples.block(prose)).append('\n');
        body.callout();
        body.heading("Next steps");
        body.paragraph(prose.paragraph(2) + " Read " + body.anyLink() + ", then " + body.anyLink()
                + ", or browse the [" + page.section().title().toLowerCase(java.util.Locale.ROOT) + "](/"
                + page.section().folder() + "/).");
        return body.text.toString();
    }

    /** A section's or the home page's intro: two paragraphs with a few links. */
    static String intro(CorpusPlan plan, Prose prose) {
        BodyWriter body = new BodyWriter(plan, prose);
        body.paragraph(prose.paragraph(3) + " Start with " + body.anyLink() + ".");
        body.paragraph(prose.paragraph(2) + " Or read " + body.anyLink() + ".");
        return body.text.toString();
    }

    private void heading(String title) {
        text.append("## ").append(title).append("\n\n");
    }

    private void paragraph(String paragraph) {
        text.append(paragraph).append("\n\n");
    }

    private void list() {
        int items = prose.between(3, 5);
        int linked = prose.random().nextInt(items);
        for (int i = 0; i < items; i++) {
            text.append("- **").append(prose.phrase()).append("**: ").append(prose.sentence());
            if (i == linked) {
                text.append(" See ").append(anyLink()).append('.');
            }
            text.append('\n');
        }
        text.append('\n');
    }

    private void table() {
        text.append("| Level | What to ask | Strong signal | Weak signal |\n| --- | --- | --- | --- |\n");
        for (String level : LEVELS) {
            text.append("| ").append(level).append(" | ").append(prose.phrase()).append(" | ")
                    .append(prose.phrase()).append(" | ").append(prose.phrase()).append(" |\n");
        }
        text.append('\n');
    }

    private void callout() {
        String kind = prose.pick(List.of("TIP", "NOTE", "IMPORTANT", "WARNING"));
        text.append("> [!").append(kind).append("]\n> ").append(prose.sentence()).append("\n\n");
    }

    private String anyLink() {
        return link(plan.any(prose.random()));
    }

    private static String link(PlannedPage target) {
        return "[" + target.name() + "](" + target.url() + ")";
    }
}
