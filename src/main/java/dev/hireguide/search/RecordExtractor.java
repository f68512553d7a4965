package dev.hireguide.search;

import dev.hireguide.assemble.Page;
import dev.hireguide.assemble.PageKind;
import dev.hireguide.assemble.SiteIndex;
import dev.hireguide.content.ComparisonData;
import dev.hireguide.content.ContentType;
import dev.hireguide.content.FrameworkData;
import dev.hireguide.content.GuideData;
import dev.hireguide.content.Level;
import dev.hireguide.content.QuestionsData;
import dev.hireguide.content.RoleData;
import dev.hireguide.content.TermData;
import dev.hireguide.markdown.RenderedMarkdown;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The records of one page, from the assembled site only (so a public build never sees internal
 * pages or market snapshots): the page itself, each question of a question guide, and each h2
 * and h3 section of a page with at least two of them. Facets come from typed fields.
 */
final class RecordExtractor {

    private final SiteIndex index;

    RecordExtractor(SiteIndex index) {
        this.index = index;
    }

    /** The page's records, the page first; {@code body} is its rendered Markdown body. */
    List<SearchRecord> records(Page page, RenderedMarkdown body) {
        String type = typeOf(page);
        List<String> frameworks = frameworks(page);
        BodySections sections = BodySections.of(body);
        boolean split = sections.sections().size() >= 2;
        List<String> text = new ArrayList<>();
        text.add(page.meta().description());
        text.add(split ? sections.intro() : bodyText(sections));
        text.addAll(fieldText(page));
        text.addAll(page.meta().tags());
        List<String> levels = page.data() instanceof RoleData role
                ? role.levels().stream().map(RoleData.LevelExpectation::level).filter(Objects::nonNull)
                        .sorted().distinct().map(Level::key).toList()
                : List.of();
        List<SearchRecord> records = new ArrayList<>();
        records.add(new SearchRecord(page.id(), type, page.title(), "", page.path(), List.of(), keywords(page),
                join(text), levels, frameworks, ""));
        if (page.data() instanceof QuestionsData questions) {
            for (QuestionsData.Question q : questions.questions()) {
                if (q.id() != null && q.question() != null) {
                    records.add(question(page, q, frameworks));
                }
            }
        }
        if (split) {
            for (BodySections.Section section : sections.sections()) {
                List<String> hierarchy = section.parent().isEmpty() ? List.of(page.title())
                        : List.of(page.title(), section.parent());
                records.add(new SearchRecord(page.id() + "#" + section.id(), type, section.heading(), section.id(),
                        page.path(), hierarchy, List.of(), section.text(), List.of(), frameworks, ""));
            }
        }
        return records;
    }

    private SearchRecord question(Page page, QuestionsData.Question q, List<String> frameworks) {
        List<String> text = new ArrayList<>();
        text.add(PlainText.ofMarkdown(q.reveals()));
        text.add(PlainText.ofMarkdown(q.surfaceAnswer()));
        text.add(PlainText.ofMarkdown(q.deepAnswer()));
        q.redFlags().forEach(line -> text.add(PlainText.ofMarkdown(line)));
        q.followUps().forEach(line -> text.add(PlainText.ofMarkdown(line)));
        List<String> levels = q.level().stream().filter(Objects::nonNull).sorted().distinct().map(Level::key).toList();
        String category = q.category() == null ? "" : q.category().strip();
        List<String> hierarchy = category.isEmpty() ? List.of(page.title()) : List.of(page.title(), category);
        return new SearchRecord(page.id() + "#" + q.id(), "question", PlainText.ofMarkdown(q.question()), q.id(),
                page.path(), hierarchy, List.of(), join(text), levels, frameworks, category);
    }

    /** The type facet: question guides count as questions; home and section pages as plain pages. */
    static String typeOf(Page page) {
        if (page.kind() != PageKind.PAGE) {
            return ContentType.PAGE.key();
        }
        return page.type() == ContentType.QUESTIONS ? "question" : page.type().key();
    }

    private static String bodyText(BodySections sections) {
        List<String> parts = new ArrayList<>(List.of(sections.intro()));
        for (BodySections.Section section : sections.sections()) {
            parts.add(section.heading());
            parts.add(section.text());
        }
        return join(parts);
    }

    /** Aliases and names that should find a page as surely as its title. */
    private static List<String> keywords(Page page) {
        Set<String> words = new LinkedHashSet<>();
        if (page.data() instanceof TermData term) {
            Stream.concat(Stream.of(term.term()), term.aliases().stream()).filter(Objects::nonNull).forEach(words::add);
        } else if (page.data() instanceof FrameworkData framework) {
            Stream.concat(Stream.of(framework.name()), framework.aliases().stream()).filter(Objects::nonNull)
                    .forEach(words::add);
        }
        words.remove(page.title());
        return List.copyOf(words);
    }

    /** The text of the type's own fields, Markdown made plain. */
    private List<String> fieldText(Page page) {
        List<String> text = new ArrayList<>();
        if (page.data() instanceof TermData term) {
            text.add(orEmpty(term.shortText()));
            text.add(PlainText.ofMarkdown(term.whyItMatters()));
        } else if (page.data() instanceof FrameworkData f) {
            text.add(orEmpty(f.language()));
            text.add(orEmpty(f.kind()));
            text.add(PlainText.ofMarkdown(f.summary()));
            markdownLines(text, f.strengths());
            markdownLines(text, f.tradeoffs());
        } else if (page.data() instanceof GuideData guide) {
            text.add(title(page.resolve(guide.role())));
            text.addAll(guide.skills());
        } else if (page.data() instanceof RoleData role) {
            text.add(orEmpty(role.family()));
            text.addAll(role.skills());
            markdownLines(text, role.responsibilities());
            markdownLines(text, role.requirements());
            markdownLines(text, role.niceToHave());
            for (RoleData.LevelExpectation level : role.levels()) {
                text.add(PlainText.ofMarkdown(level.scope()));
                text.add(PlainText.ofMarkdown(level.trustedWith()));
                text.add(PlainText.ofMarkdown(level.interviewFocus()));
            }
            markdownLines(text, role.flags().green());
            markdownLines(text, role.flags().yellow());
            markdownLines(text, role.flags().red());
        } else if (page.data() instanceof ComparisonData comparison) {
            for (ComparisonData.Criterion criterion : comparison.criteria()) {
                text.add(orEmpty(criterion.name()));
                text.add(PlainText.ofMarkdown(criterion.note()));
                criterion.values().values().forEach(v -> text.add(PlainText.ofMarkdown(v)));
            }
            for (ComparisonData.Decision decision : comparison.decisions()) {
                text.add(PlainText.ofMarkdown(decision.useCase()));
                text.add(PlainText.ofMarkdown(decision.why()));
            }
            comparison.chooseWhen().values().forEach(lines -> markdownLines(text, lines));
        } else if (page.data() instanceof QuestionsData questions) {
            text.add(title(page.resolve(questions.role())));
        }
        return text;
    }

    /** The framework facet: the names of the frameworks a page is about, itself for a framework's page. */
    private List<String> frameworks(Page page) {
        List<String> refs = List.of();
        if (page.data() instanceof GuideData g) {
            refs = g.frameworks();
        } else if (page.data() instanceof QuestionsData q) {
            refs = q.frameworks();
        } else if (page.data() instanceof RoleData r) {
            refs = r.frameworks();
        } else if (page.data() instanceof ComparisonData c) {
            refs = c.subjects();
        }
        Set<String> names = new TreeSet<>();
        if (page.kind() == PageKind.PAGE && page.data() instanceof FrameworkData framework) {
            names.add(frameworkName(page, framework));
        }
        for (String ref : refs) {
            String id = page.resolve(ref);
            Page target = id == null ? null : index.pages().get(id);
            if (target != null && target.data() instanceof FrameworkData framework) {
                names.add(frameworkName(target, framework));
            }
        }
        return List.copyOf(names);
    }

    private static String frameworkName(Page page, FrameworkData framework) {
        return framework.name() == null || framework.name().isBlank() ? page.title() : framework.name().strip();
    }

    private String title(String id) {
        Page page = id == null ? null : index.pages().get(id);
        return page == null ? "" : page.title();
    }

    private static void markdownLines(List<String> text, List<String> lines) {
        lines.forEach(line -> text.add(PlainText.ofMarkdown(line)));
    }

    private static String join(List<String> parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(part.strip());
            }
        }
        return out.toString();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
