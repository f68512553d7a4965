package dev.hireguide.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes a synthetic hiring site: {@code content/} for hireguide and {@code hugo/} with the
 * same pages and text for Hugo. The same page count and seed always give the same bytes: each
 * page's text comes from its own {@link Random}, seeded from the corpus seed and the page's
 * number, and nothing depends on the clock, the locale or the order files are written in.
 */
public final class CorpusGenerator {

    /** The fewest pages a corpus can have: the home page, a page per section, and the pages references need. */
    public static final int MIN_PAGES = TypeMix.minimumSitePages();
    /** The most pages a corpus can have; far beyond any benchmark, and well within an int. */
    public static final int MAX_PAGES = 1_000_000;

    static final String TITLE = "Example Corp hiring guides";
    private static final String HUGO = "/dev/hireguide/bench/hugo/";
    private static final List<String> HUGO_FILES = List.of("hugo.toml", "layouts/_default/baseof.html",
            "layouts/_default/single.html", "layouts/_default/list.html", "layouts/404.html");
    // The built-in theme's static files, copied for Hugo so that both sites publish the same assets.
    private static final List<String> STATIC_FILES = List.of("css/site.css", "js/site.js", "favicon.svg");
    private static final LocalDate FIRST_DATE = LocalDate.of(2023, 1, 1);

    private final CorpusPlan plan;
    private final long seed;

    private CorpusGenerator(CorpusPlan plan, long seed) {
        this.plan = plan;
        this.seed = seed;
    }

    /**
     * Generates a corpus of {@code pages} pages (counted as hireguide's build counts them) into
     * {@code sink}.
     *
     * @throws IllegalArgumentException when {@code pages} is outside {@link #MIN_PAGES} to {@link #MAX_PAGES}
     */
    public static CorpusSummary generate(int pages, long seed, CorpusSink sink) throws IOException {
        if (pages < MIN_PAGES || pages > MAX_PAGES) {
            throw new IllegalArgumentException("the page count must be from " + MIN_PAGES + " to " + MAX_PAGES);
        }
        return new CorpusGenerator(CorpusPlan.of(pages), seed).run(sink);
    }

    private CorpusSummary run(CorpusSink sink) throws IOException {
        long bytes = 0;
        String siteYaml = siteYaml();
        sink.write("content/site.yaml", siteYaml);
        bytes += utf8(siteYaml);
        bytes += both(sink, home());
        for (Section section : Section.values()) {
            bytes += both(sink, section(section));
        }
        for (PlannedPage page : plan.pages()) {
            bytes += both(sink, page(page));
        }
        for (String file : HUGO_FILES) {
            sink.write("hugo/" + file, resource(HUGO + file));
        }
        for (String file : STATIC_FILES) {
            String text = bundledStatic(file);
            if (text != null) {
                sink.write("hugo/static/" + file, text);
            }
        }
        List<String> placeholders = PlaceholderTemplates.missing();
        for (String template : placeholders) {
            sink.write(PlaceholderTemplates.FOLDER + template, PlaceholderTemplates.text(template));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Section section : Section.values()) {
            counts.put(section.folder(), plan.pages(section).size());
        }
        return new CorpusSummary(plan.sitePages(), counts, bytes, placeholders);
    }

    private static long both(CorpusSink sink, GeneratedPage page) throws IOException {
        String text = page.hireguideText();
        sink.write("content/" + page.path(), text);
        sink.write("hugo/content/" + page.path(), page.hugoText());
        return utf8(text);
    }

    private static String siteYaml() {
        return "title: " + YamlText.quote(TITLE) + "\n"
                + "description: \"How Example Corp hires engineers: role guides, interview questions, market data and a glossary.\"\n"
                + "base_url: \"https://hiring.example.com/\"\n"
                + "language: en\n"
                + "theme: default\n"
                + "# A synthetic corpus must build without warnings for years: its market figures never go stale.\n"
                + "stale_after_months: 600\n";
    }

    private GeneratedPage home() {
        Prose prose = prose(-1);
        CommonFields common = new CommonFields(TITLE, prose.plainSentence(), FIRST_DATE, null, List.of(), null);
        return new GeneratedPage("_index.md", common, "", BodyWriter.intro(plan, prose));
    }

    private GeneratedPage section(Section section) {
        Prose prose = prose(-2 - section.ordinal());
        CommonFields common = new CommonFields(section.title(), prose.plainSentence(), FIRST_DATE, null, List.of(),
                section.ordinal() + 1);
        return new GeneratedPage(section.folder() + "/_index.md", common, "", BodyWriter.intro(plan, prose));
    }

    private GeneratedPage page(PlannedPage page) {
        Prose prose = prose(page.number());
        LocalDate date = FIRST_DATE.plusDays(prose.between(0, 3 * 365 - 1));
        LocalDate updated = prose.chance(40) ? date.plusDays(prose.between(1, 180)) : null;
        Integer weight = prose.chance(30) ? prose.between(1, 100) : null;
        Set<String> tags = new LinkedHashSet<>();
        for (int i = prose.between(0, 3); i > 0; i--) {
            tags.add(PageNames.slug(prose.pick(Vocabulary.TECHNOLOGIES)));
        }
        CommonFields common = new CommonFields(page.title(), prose.plainSentence(), date, updated,
                List.copyOf(tags), weight);
        String typed = FrontMatterWriter.write(plan, page, prose);
        String body = BodyWriter.page(plan, page, about(page), prose);
        return new GeneratedPage(page.id() + ".md", common, typed, body);
    }

    /** The pages a page is naturally about, linked first from its text. */
    private List<PlannedPage> about(PlannedPage page) {
        List<PlannedPage> about = new ArrayList<>();
        switch (page.section()) {
            case GUIDES -> about.add(plan.roleOf(page));
            case QUESTIONS -> about.add(plan.frameworkOf(page));
            case COMPARISONS -> about.addAll(plan.subjectsOf(page.ordinal()));
            default -> { }
        }
        return about;
    }

    /** A page's own random source: the same for the same corpus seed and page number, whatever else is generated. */
    private Prose prose(long number) {
        return new Prose(new Random(mix(seed * 0x9E3779B97F4A7C15L + number)));
    }

    /** SplitMix64's finaliser, so that neighbouring page numbers get unrelated seeds. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String resource(String path) {
        try (InputStream in = CorpusGenerator.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path + " in the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String bundledStatic(String file) {
        try (InputStream in = CorpusGenerator.class.getResourceAsStream("/themes/default/static/" + file)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
