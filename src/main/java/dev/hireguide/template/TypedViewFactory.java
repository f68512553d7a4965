package dev.hireguide.template;

import dev.hireguide.assemble.LinkGraph;
import dev.hireguide.assemble.MarketAge;
import dev.hireguide.assemble.Page;
import dev.hireguide.assemble.PageKind;
import dev.hireguide.assemble.SiteIndex;
import dev.hireguide.content.Audience;
import dev.hireguide.content.ComparisonData;
import dev.hireguide.content.ContentType;
import dev.hireguide.content.FrameworkData;
import dev.hireguide.content.GuideData;
import dev.hireguide.content.Level;
import dev.hireguide.content.QuestionsData;
import dev.hireguide.content.RoleData;
import dev.hireguide.content.TermData;
import dev.hireguide.content.UrlAliases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Builds the type-specific view of a page ({@code page.data}): references become links,
 * Markdown fields become HTML, figures are formatted and the salary chart is drawn.
 */
public final class TypedViewFactory {

    /** The order and headings of a framework hub's groups. */
    private static final List<ContentType> HUB_ORDER = List.of(ContentType.GUIDE, ContentType.COMPARISON,
            ContentType.QUESTIONS, ContentType.ROLE, ContentType.TERM, ContentType.PAGE, ContentType.FRAMEWORK);
    private static final Map<ContentType, String> HUB_LABELS = Map.of(ContentType.GUIDE, "Hiring guides",
            ContentType.COMPARISON, "Comparisons", ContentType.QUESTIONS, "Interview questions",
            ContentType.ROLE, "Roles", ContentType.TERM, "Glossary terms", ContentType.PAGE, "Other pages",
            ContentType.FRAMEWORK, "Related frameworks");

    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("(^-|-$)");

    private final SiteIndex index;
    private final ViewFactory views;
    private final LinkGraph links;

    /** Typed views whose hubs list front matter references only. */
    public TypedViewFactory(SiteIndex index, ViewFactory views) {
        this(index, views, LinkGraph.ofReferences(index));
    }

    /** @param links who links to whom: a framework's hub lists every page that links to it */
    public TypedViewFactory(SiteIndex index, ViewFactory views, LinkGraph links) {
        this.index = index;
        this.views = views;
        this.links = links;
    }

    /** The view for {@code page.data}, or null for a plain page; {@code bodyHtml} is the rendered body. */
    public Object of(Page page, FieldMarkdown md, String bodyHtml) {
        Objects.requireNonNull(bodyHtml, "bodyHtml");
        return view(page, md, bodyHtml);
    }

    /**
     * Renders the page's Markdown fields through {@code md}, in the order its view does: how the
     * build finds them before any view is shown. The view is made as {@link #of} makes it but
     * for its two costly parts that hold no Markdown, a role's job description and a guide's
     * salary chart, which are left empty.
     */
    public void renderFields(Page page, FieldMarkdown md) {
        view(page, md, null);
    }

    /** The view, or for a null {@code bodyHtml} the view without its parts that are not Markdown. */
    private Object view(Page page, FieldMarkdown md, String bodyHtml) {
        if (page.kind() == PageKind.SECTION && isGlossary(page)) {
            return glossary(page);
        }
        if (page.data() instanceof GuideData guide) {
            return guide(page, guide, bodyHtml != null);
        } else if (page.data() instanceof ComparisonData comparison) {
            return comparison(page, comparison, md);
        } else if (page.data() instanceof QuestionsData questions) {
            return questions(page, questions, md);
        } else if (page.data() instanceof RoleData role) {
            return role(page, role, md, bodyHtml);
        } else if (page.data() instanceof FrameworkData framework) {
            return framework(page, framework, md);
        } else if (page.data() instanceof TermData term) {
            return new TermView(term.term(), UrlAliases.names(term.aliases()), term.shortText(),
                    md.block(orEmpty(term.whyItMatters()), "/why_it_matters"));
        }
        return null;
    }

    /** A section is the glossary when it is the term type's folder, e.g. content/glossary/. */
    public static boolean isGlossary(Page page) {
        return page.kind() == PageKind.SECTION && page.id().equals(ContentType.TERM.folder());
    }

    private GuideView guide(Page page, GuideData guide, boolean withChart) {
        GuideView.MarketView market = null;
        GuideData.Market m = guide.market();
        Audience marketAudience = m == null || m.audience() == null ? page.audience() : m.audience();
        if (m != null && index.audience().sees(marketAudience)) {
            List<GuideView.SalaryRow> rows = new ArrayList<>();
            String chart = "";
            String currency = orEmpty(m.currency());
            if (m.salary() != null) {
                List<SalaryChart.Bar> bars = SalaryChart.bars(m.salary());
                for (SalaryChart.Bar bar : bars) {
                    rows.add(new GuideView.SalaryRow(bar.level().label(), bar.level().key(),
                            Money.full(bar.min(), currency), Money.full(bar.max(), currency)));
                }
                String caption = "Salary ranges by level, " + currency + " " + m.period().label()
                        + (m.region() == null ? "" : ", " + m.region());
                chart = withChart ? SalaryChart.svg(bars, currency, "salary-chart-title", caption) : "";
            }
            String difficultyKey = m.difficulty() == null ? "" : m.difficulty().name().toLowerCase(Locale.ROOT).replace('_', '-');
            market = new GuideView.MarketView(m.asOf() == null ? "" : MarketAge.label(m.asOf()),
                    m.asOf() != null && MarketAge.isStale(m.asOf(), index.config().staleAfterMonths(), index.buildDate()),
                    m.source() == null ? "" : orEmpty(m.source().name()),
                    m.source() == null ? "" : orEmpty(m.source().url()), orEmpty(m.region()), currency,
                    m.period().label(), rows, chart,
                    m.difficulty() == null ? "" : m.difficulty().label(), difficultyKey,
                    m.difficulty() == null ? 0 : m.difficulty().ordinal() + 1,
                    m.timeToHireWeeks() == null ? "" : m.timeToHireWeeks().min() + "–" + m.timeToHireWeeks().max() + " weeks",
                    m.demand() == null ? "" : m.demand().label(),
                    m.demand() == null ? "" : m.demand().name().toLowerCase(Locale.ROOT),
                    marketAudience == Audience.INTERNAL);
        }
        return new GuideView(link(page, guide.role()), links(page, guide.frameworks()), guide.skills(), market);
    }

    private ComparisonView comparison(Page page, ComparisonData data, FieldMarkdown md) {
        List<ComparisonView.CriterionRow> rows = new ArrayList<>();
        for (int i = 0; i < data.criteria().size(); i++) {
            ComparisonData.Criterion criterion = data.criteria().get(i);
            List<ComparisonView.Cell> cells = new ArrayList<>();
            for (String subject : data.subjects()) {
                String value = orEmpty(criterion.values().get(subject)).strip();
                boolean na = value.equalsIgnoreCase("n/a");
                Integer rating = criterion.ratings().get(subject);
                cells.add(new ComparisonView.Cell(na ? "n/a" : md.inline(value, "/criteria/" + i + "/values/" + subject),
                        rating == null ? 0 : rating, na));
            }
            rows.add(new ComparisonView.CriterionRow(criterion.name(),
                    criterion.note() == null ? "" : md.inline(criterion.note(), "/criteria/" + i + "/note"), cells));
        }
        List<ComparisonView.DecisionRow> decisions = new ArrayList<>();
        for (int i = 0; i < data.decisions().size(); i++) {
            ComparisonData.Decision decision = data.decisions().get(i);
            decisions.add(new ComparisonView.DecisionRow(md.inline(decision.useCase(), "/decisions/" + i + "/use_case"),
                    link(page, decision.choice()), md.inline(decision.why(), "/decisions/" + i + "/why")));
        }
        List<ComparisonView.ChoiceList> choose = new ArrayList<>();
        for (String subject : data.subjects()) {
            List<String> reasons = data.chooseWhen().get(subject);
            if (reasons != null && !reasons.isEmpty()) {
                choose.add(new ComparisonView.ChoiceList(link(page, subject),
                        lines(reasons, "/choose_when/" + subject, md::inline)));
            }
        }
        return new ComparisonView(links(page, data.subjects()), rows, decisions, choose);
    }

    private QuestionsView questions(Page page, QuestionsData data, FieldMarkdown md) {
        Map<String, List<QuestionsView.QuestionView>> byCategory = new LinkedHashMap<>();
        TreeSet<Level> used = new TreeSet<>();
        for (int i = 0; i < data.questions().size(); i++) {
            QuestionsData.Question q = data.questions().get(i);
            String at = "/questions/" + i;
            List<QuestionsView.LevelBadge> badges = q.level().stream().sorted().distinct()
                    .map(l -> new QuestionsView.LevelBadge(l.key(), l.label())).toList();
            used.addAll(q.level());
            byCategory.computeIfAbsent(q.category(), k -> new ArrayList<>()).add(new QuestionsView.QuestionView(
                    q.id(), md.inline(q.question(), at + "/question"), q.category(), badges,
                    String.join(" ", badges.stream().map(QuestionsView.LevelBadge::key).toList()),
                    md.block(orEmpty(q.reveals()), at + "/reveals"),
                    md.block(orEmpty(q.surfaceAnswer()), at + "/surface_answer"),
                    md.block(orEmpty(q.deepAnswer()), at + "/deep_answer"),
                    lines(q.redFlags(), at + "/red_flags", md::inline),
                    lines(q.followUps(), at + "/follow_ups", md::inline)));
        }
        List<QuestionsView.CategoryGroup> groups = new ArrayList<>();
        byCategory.forEach((name, list) -> groups.add(new QuestionsView.CategoryGroup(name, "category-" + anchor(name), list)));
        return new QuestionsView(link(page, data.role()), links(page, data.frameworks()),
                used.stream().map(l -> new QuestionsView.LevelBadge(l.key(), l.label())).toList(), groups,
                data.questions().size());
    }

    private RoleView role(Page page, RoleData data, FieldMarkdown md, String bodyHtml) {
        List<RoleView.LevelView> levels = new ArrayList<>();
        for (int i = 0; i < data.levels().size(); i++) {
            RoleData.LevelExpectation level = data.levels().get(i);
            String at = "/levels/" + i;
            levels.add(new RoleView.LevelView(level.level().key(), level.level().label(), orEmpty(level.years()),
                    md.inline(orEmpty(level.scope()), at + "/scope"),
                    md.inline(orEmpty(level.trustedWith()), at + "/trusted_with"),
                    md.inline(orEmpty(level.interviewFocus()), at + "/interview_focus")));
        }
        levels.sort(java.util.Comparator.comparing(l -> Level.valueOf(l.key().toUpperCase(Locale.ROOT))));
        RoleView.FlagsView flags = new RoleView.FlagsView(lines(data.flags().green(), "/flags/green", md::inline),
                lines(data.flags().yellow(), "/flags/yellow", md::inline),
                lines(data.flags().red(), "/flags/red", md::inline));
        String base = index.config().basePath() + page.path();
        return new RoleView(orEmpty(data.family()), links(page, data.frameworks()), data.skills(),
                lines(data.responsibilities(), "/responsibilities", md::inline),
                lines(data.requirements(), "/requirements", md::inline),
                lines(data.niceToHave(), "/nice_to_have", md::inline), levels, flags,
                bodyHtml == null ? "" : JobDescription.plainText(bodyHtml), base + JobDescription.TEXT_FILE, base + JobDescription.MARKDOWN_FILE);
    }

    private FrameworkView framework(Page page, FrameworkData data, FieldMarkdown md) {
        Map<ContentType, List<PageSummary>> groups = new TreeMap<>();
        for (String id : links.referencesTo(page.id())) {
            Page from = index.pages().get(id);
            if (from.kind() != PageKind.PAGE) {
                continue;  // the home page and section intros are not part of the framework's story
            }
            groups.computeIfAbsent(from.type(), k -> new ArrayList<>()).add(views.summary(id));
        }
        List<FrameworkView.HubGroup> hub = new ArrayList<>();
        for (ContentType type : HUB_ORDER) {
            List<PageSummary> pages = groups.get(type);
            if (pages != null) {
                pages.sort(java.util.Comparator.comparing(p -> p.title().toLowerCase(Locale.ROOT)));
                hub.add(new FrameworkView.HubGroup(type.key(), HUB_LABELS.get(type), pages));
            }
        }
        return new FrameworkView(orEmpty(data.name()), orEmpty(data.language()), orEmpty(data.kind()),
                orEmpty(data.homepage()), UrlAliases.names(data.aliases()), md.block(orEmpty(data.summary()), "/summary"),
                lines(data.strengths(), "/strengths", md::inline), lines(data.tradeoffs(), "/tradeoffs", md::inline), hub);
    }

    private GlossaryView glossary(Page section) {
        TreeMap<String, List<GlossaryView.TermEntry>> letters = new TreeMap<>();
        List<GlossaryView.TermEntry> all = new ArrayList<>();
        for (String id : section.childIds()) {
            Page page = index.pages().get(id);
            if (page.data() instanceof TermData term) {
                String name = term.term() == null ? page.title() : term.term();
                all.add(new GlossaryView.TermEntry(name, views.link(id).url(), orEmpty(term.shortText())));
            }
        }
        all.sort(java.util.Comparator.comparing((GlossaryView.TermEntry e) -> e.term().toLowerCase(Locale.ROOT))
                .thenComparing(GlossaryView.TermEntry::term));
        for (GlossaryView.TermEntry entry : all) {
            char first = Character.toUpperCase(entry.term().charAt(0));
            String letter = Character.isLetter(first) ? String.valueOf(first) : "#";
            letters.computeIfAbsent(letter, k -> new ArrayList<>()).add(entry);
        }
        List<GlossaryView.LetterGroup> groups = new ArrayList<>();
        letters.forEach((letter, terms) -> groups.add(new GlossaryView.LetterGroup(letter, terms)));
        return new GlossaryView(groups);
    }

    private LinkView link(Page page, String reference) {
        String id = page.resolve(reference);
        return id == null ? null : views.link(id);
    }

    private List<LinkView> links(Page page, List<String> references) {
        List<LinkView> links = new ArrayList<>();
        for (String reference : references) {
            LinkView link = link(page, reference);
            if (link != null) {
                links.add(link);
            }
        }
        return links;
    }

    private static List<String> lines(List<String> items, String pointer, BiFunction<String, String, String> render) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(render.apply(orEmpty(items.get(i)), pointer + "/" + i));
        }
        return out;
    }

    /** An anchor from a name: lowercase letters and digits joined by dashes. */
    static String anchor(String name) {
        String slug = EDGE_DASHES.matcher(NOT_LETTERS_OR_DIGITS.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("-"))
                .replaceAll("");
        return slug.isEmpty() ? "other" : slug;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
