package dev.hireguide.build;

import dev.hireguide.content.ComparisonData;
import dev.hireguide.content.ContentType;
import dev.hireguide.content.GuideData;
import dev.hireguide.content.Level;
import dev.hireguide.content.PageParser;
import dev.hireguide.content.PageSource;
import dev.hireguide.content.QuestionsData;
import dev.hireguide.content.RoleData;
import dev.hireguide.testing.TestSite;
import dev.hireguide.yaml.YamlBinder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample site in content/: builds clean, has what README promises, and every page can be reached. */
class SampleSiteTest {

    /** The sample's market data is from November 2025; the build date is pinned so the test does not age. */
    private static final LocalDate BUILD_DATE = LocalDate.of(2026, 11, 22);

    @TempDir
    static Path out;

    static BuildResult result;
    static Map<String, PageSource> pages = new HashMap<>();

    @BeforeAll
    static void build() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        result = SiteBuilder.build(BuildOptions.of(root).withOut(out.resolve("site")).withToday(BUILD_DATE));
        PageParser parser = new PageParser(new YamlBinder());
        Path content = root.resolve("content");
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                String rel = content.relativize(file).toString().replace('\\', '/');
                parser.parse(rel, Files.readAllBytes(file)).page().ifPresent(p -> pages.put(rel, p));
            }
        }
    }

    private static List<PageSource> ofType(ContentType type) {
        return pages.values().stream().filter(p -> p.type() == type && !p.isIndex()).toList();
    }

    @Test
    void buildsWithNoErrorsAndNoWarnings() {
        assertEquals(List.of(), TestSite.headlines(result));
        assertTrue(result.filesWritten() > 0);
    }

    @Test
    void hasTheGuidesWithSourcedMarketSnapshots() {
        Set<String> guides = ofType(ContentType.GUIDE).stream().map(PageSource::baseName).collect(Collectors.toSet());
        assertTrue(guides.containsAll(Set.of("fastapi-developers", "django-rest-framework-developers",
                "flask-developers", "python-api-developers")), guides.toString());
        for (PageSource guide : ofType(ContentType.GUIDE)) {
            GuideData.Market market = ((GuideData) guide.data()).market();
            assertTrue(market.salary() != null && market.source().name() != null && market.asOf() != null, guide.file());
        }
    }

    @Test
    void hasTheFrameworksAndAComparisonWithADecisionTable() {
        Set<String> frameworks = ofType(ContentType.FRAMEWORK).stream().map(PageSource::baseName).collect(Collectors.toSet());
        assertTrue(frameworks.containsAll(Set.of("fastapi", "flask", "django", "django-rest-framework", "starlette", "express")),
                frameworks.toString());
        ComparisonData comparison = (ComparisonData) ofType(ContentType.COMPARISON).get(0).data();
        assertEquals(4, comparison.subjects().size());
        assertTrue(comparison.decisions().size() >= 3);
    }

    @Test
    void hasQuestionGuidesOfTheRequiredSize() {
        Map<String, Integer> counts = ofType(ContentType.QUESTIONS).stream().collect(Collectors.toMap(
                PageSource::baseName, p -> ((QuestionsData) p.data()).questions().size()));
        assertTrue(counts.get("fastapi") >= 20, counts.toString());
        assertTrue(counts.get("python-api-backend") >= 15, counts.toString());
        assertTrue(counts.get("django-rest-framework") >= 10, counts.toString());
        QuestionsData fastapi = (QuestionsData) pages.get("questions/fastapi.md").data();
        Set<Level> levels = fastapi.questions().stream().flatMap(q -> q.level().stream()).collect(Collectors.toSet());
        assertTrue(levels.containsAll(Set.of(Level.JUNIOR, Level.MID, Level.SENIOR)), levels.toString());
    }

    @Test
    void hasTheRolesAndAtLeastThirtyTerms() {
        Set<String> roles = ofType(ContentType.ROLE).stream().map(PageSource::baseName).collect(Collectors.toSet());
        assertTrue(roles.containsAll(Set.of("backend-python-engineer", "ml-model-serving-engineer",
                "platform-microservices-engineer")), roles.toString());
        RoleData backend = (RoleData) pages.get("roles/backend-python-engineer.md").data();
        assertEquals(List.of(Level.JUNIOR, Level.MID, Level.SENIOR),
                backend.levels().stream().map(RoleData.LevelExpectation::level).toList());
        assertTrue(ofType(ContentType.TERM).size() >= 30);
    }

    @Test
    void pagesShowTheirBacklinks() throws Exception {
        org.jsoup.nodes.Document fastapi = Jsoup.parse(out.resolve("site/frameworks/fastapi/index.html").toFile());
        List<String> backlinks = fastapi.select(".backlinks li a").stream().map(Element::text).toList();
        assertTrue(backlinks.containsAll(List.of("Hiring FastAPI developers", "FastAPI interview questions",
                "Backend Python engineer")), backlinks.toString());
        // The load balancer's page links to Redis in its text only, not in its front matter.
        org.jsoup.nodes.Document redis = Jsoup.parse(out.resolve("site/glossary/redis/index.html").toFile());
        assertTrue(redis.select(".backlinks li a").stream().map(Element::text).toList().contains("Load balancer"),
                redis.select(".backlinks").toString());
    }

    @Test
    void pagesLinkGlossaryTermsWithTheirDefinitions() throws Exception {
        org.jsoup.nodes.Document guide = Jsoup.parse(out.resolve("site/guides/fastapi-developers/index.html").toFile());
        Element middleware = guide.selectFirst(".prose a.glossary-link[href=../../glossary/middleware/]");
        assertTrue(middleware != null, "no glossary link to middleware");
        Element tip = guide.getElementById(middleware.attr("aria-describedby"));
        assertTrue(tip != null && tip.text().startsWith("Code that runs on every request"), String.valueOf(tip));
        assertEquals(1, guide.select(".prose a.glossary-link[href=../../glossary/middleware/]").size(), "first mention only");
    }

    @Test
    void everyPageIsReachableFromTheHomePageByLinks() throws Exception {
        Path site = out.resolve("site");
        Set<Path> pagesOnDisk;
        try (Stream<Path> files = Files.walk(site)) {
            pagesOnDisk = files.filter(f -> f.getFileName().toString().equals("index.html"))
                    .map(Path::normalize).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<Path> seen = new TreeSet<>();
        Deque<Path> queue = new ArrayDeque<>(List.of(site.resolve("index.html")));
        while (!queue.isEmpty()) {
            Path page = queue.pop().normalize();
            if (!seen.add(page)) {
                continue;
            }
            for (Element link : Jsoup.parse(page.toFile()).select("a[href]")) {
                String href = link.attr("href").replaceAll("[#?].*$", "");
                if (href.isEmpty() || href.contains(":") || href.startsWith("//")) {
                    continue;
                }
                Path target = page.getParent().resolve(href.endsWith("/") ? href + "index.html" : href).normalize();
                if (Files.isRegularFile(target) && target.toString().endsWith(".html")) {
                    queue.add(target);
                }
            }
        }
        pagesOnDisk.removeAll(seen);
        assertEquals(Set.of(), pagesOnDisk, "pages no link leads to");
    }
}
