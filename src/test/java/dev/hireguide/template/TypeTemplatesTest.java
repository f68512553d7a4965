package dev.hireguide.template;

import dev.hireguide.build.BuildOptions;
import dev.hireguide.build.BuildResult;
import dev.hireguide.diag.DiagnosticFormatter;
import dev.hireguide.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The default theme's templates for the hiring content types, on a small site with one page
 * of each type. Assertions look at the parts each template adds, not at Markdown output.
 */
class TypeTemplatesTest {

    @TempDir
    static Path dir;

    static TestSite site;

    @BeforeAll
    static void build() {
        site = TestSite.minimal(dir)
                .write("content/frameworks/fastapi.md", """
                        ---
                        title: FastAPI
                        description: A Python framework for HTTP APIs.
                        name: FastAPI
                        language: Python
                        kind: web framework
                        homepage: https://fastapi.tiangolo.com/
                        aliases: [fast-api]
                        summary: A framework for APIs.
                        strengths: [Fast to write]
                        tradeoffs: [Younger ecosystem]
                        ---
                        What teams use it for.
                        """)
                .write("content/frameworks/flask.md", "---\ntitle: Flask\nname: Flask\nlanguage: Python\n---\nFlask.\n")
                .write("content/roles/backend-python-engineer.md", """
                        ---
                        title: Backend Python engineer
                        family: Engineering
                        frameworks: [fastapi]
                        skills: [Python, SQL]
                        responsibilities: [Design and run HTTP APIs]
                        requirements: [Three years of Python]
                        nice_to_have: [Kubernetes]
                        levels:
                          - level: senior
                            years: 5+
                            scope: Several services
                            trusted_with: Architecture decisions
                            interview_focus: System design
                          - level: junior
                            years: 0-2
                            scope: Well-defined tickets
                            trusted_with: Bug fixes
                            interview_focus: Python fundamentals
                        flags:
                          green: [Has run a service in production]
                          yellow: [Only tutorial projects]
                          red: [Cannot explain their own code]
                        ---
                        We are hiring a backend engineer.
                        """)
                .write("content/guides/fastapi-developers.md", """
                        ---
                        title: Hiring FastAPI developers
                        role: backend-python-engineer
                        frameworks: [fastapi]
                        skills: [async Python, Pydantic]
                        market:
                          as_of: 2025-01
                          source:
                            name: Example salary survey
                            url: https://example.com/survey
                          region: United States
                          currency: USD
                          salary:
                            junior: {min: 85000, max: 110000}
                            mid: {min: 110000, max: 140000}
                            senior: {min: 140000, max: 185000}
                          difficulty: hard
                          time_to_hire_weeks: {min: 4, max: 8}
                          demand: rising
                        ---
                        The guide.
                        """)
                .write("content/comparisons/fastapi-vs-flask.md", """
                        ---
                        title: FastAPI vs Flask
                        subjects: [fastapi, flask]
                        criteria:
                          - name: Performance
                            note: JSON throughput
                            values:
                              fastapi: High
                              flask: Moderate
                            ratings: {fastapi: 5, flask: 3}
                          - name: Admin screens
                            values:
                              fastapi: n/a
                              flask: An extension
                        decisions:
                          - use_case: A new JSON API
                            choice: fastapi
                            why: Validation built in
                        choose_when:
                          flask: [You need a small service]
                        ---
                        Notes.
                        """)
                .write("content/questions/fastapi.md", """
                        ---
                        title: FastAPI interview questions
                        role: backend-python-engineer
                        frameworks: [fastapi]
                        questions:
                          - id: path-params
                            question: Where does a parameter come from?
                            category: Core concepts
                            level: junior
                            reveals: Whether they know the signature rules
                            surface_answer: From the URL
                            deep_answer: Path, query or body, by type
                            red_flags: [Parses the body by hand]
                            follow_ups: ["How do you make it required?"]
                          - id: dependency-injection
                            question: How does dependency injection work?
                            category: Dependencies
                            level: [junior, senior]
                            reveals: Request scoping
                            surface_answer: Names Depends()
                            deep_answer: Explains caching per request
                            follow_ups: ["How do you override one in a test?"]
                        ---
                        Pick a few questions.
                        """)
                .write("content/glossary/_index.md", "---\ntitle: Glossary\n---\nTerms for recruiters.\n")
                .write("content/glossary/asgi.md", """
                        ---
                        title: ASGI
                        term: ASGI
                        aliases: [Asynchronous Server Gateway Interface]
                        short: The standard interface between async Python web apps and their servers.
                        why_it_matters: Candidates for async frameworks should know it.
                        ---
                        What it means.
                        """);
        BuildResult result = site.build(BuildOptions.of(dir).withToday(LocalDate.of(2026, 3, 1)));
        assertFalse(result.failed(), () -> "build failed:\n" + DiagnosticFormatter.text(result.diagnostics()));
    }

    /**
     * The page with its links resolved to site paths ({@code ../../css/types.css} on
     * {@code guides/x/} becomes {@code /css/types.css}), so assertions do not depend on
     * where the page is.
     */
    private static Document page(String path) {
        String dir = path.substring(0, path.lastIndexOf('/') + 1);
        Document doc = Jsoup.parse(site.read(path), "http://site.test/" + dir);
        for (org.jsoup.nodes.Element element : doc.select("[href], [src]")) {
            for (String attribute : new String[] {"href", "src"}) {
                String value = element.attr(attribute);
                if (!value.isEmpty() && !value.contains(":") && !value.startsWith("#")) {
                    element.attr(attribute, element.absUrl(attribute).substring("http://site.test".length()));
                }
            }
        }
        return doc;
    }

    private static Element one(Element root, String css) {
        Element element = root.selectFirst(css);
        assertNotNull(element, () -> "no element matches `" + css + "`");
        return element;
    }

    private static List<String> texts(Elements elements) {
        return elements.stream().map(Element::text).toList();
    }

    @Test
    void typedPagesLoadTheTypeStylesheetAndScript() {
        Document doc = page("guides/fastapi-developers/index.html");
        one(doc, "head link[rel=stylesheet][href=/css/types.css]");
        one(doc, "head script[src=/js/types.js][defer]");
        assertTrue(site.exists("css/types.css"));
        assertTrue(site.exists("js/types.js"));
    }

    @Test
    void guideShowsSnapshotCardWithChartAndSalaryTable() {
        Document doc = page("guides/fastapi-developers/index.html");
        Element card = one(doc, "section.snapshot");
        one(card, "svg.salary-chart[role=img]");
        Element table = one(card, "table.salary-table");
        one(table, "caption");
        assertEquals(List.of("Level", "From", "To"), texts(table.select("thead th[scope=col]")));
        assertEquals(List.of("Junior", "Mid-level", "Senior"), texts(table.select("tbody th[scope=row]")));
        assertEquals(List.of("$85,000", "$110,000"), texts(table.select("tbody tr").first().select("td")));
        assertTrue(card.select(".stat").text().contains("Hard"), card.text());
        assertTrue(card.select(".stat").text().contains("4–8 weeks"), card.text());
        assertTrue(card.select(".stat").text().contains("Rising"), card.text());
        assertEquals(3, card.select(".meter .meter-step.is-on").size());
        Element source = one(card, ".snapshot-source");
        assertEquals("https://example.com/survey", one(source, "a").attr("href"));
        assertTrue(source.text().contains("as of January 2025"), source.text());
    }

    @Test
    void guideMarksStaleMarketData() {
        Element note = one(page("guides/fastapi-developers/index.html"), ".snapshot-stale");
        assertTrue(note.text().contains("Market data from January 2025, may be out of date."), note.text());
    }

    @Test
    void guideLinksRoleAndFrameworksAndListsSkills() {
        Document doc = page("guides/fastapi-developers/index.html");
        one(doc, ".facts a[href=/roles/backend-python-engineer/]");
        one(doc, ".facts a[href=/frameworks/fastapi/]");
        assertEquals(List.of("async Python", "Pydantic"), texts(doc.select(".facts .chips li")));
    }

    @Test
    void comparisonHasAccessibleTableWithLinkedColumnHeads() {
        Document doc = page("comparisons/fastapi-vs-flask/index.html");
        Element table = one(doc, "table.compare-table");
        one(table, "caption");
        Elements heads = table.select("thead th[scope=col] a");
        assertEquals(List.of("/frameworks/fastapi/", "/frameworks/flask/"), heads.eachAttr("href"));
        Elements rows = table.select("tbody tr");
        assertEquals(2, rows.size());
        assertTrue(one(rows.get(0), "th[scope=row]").text().startsWith("Performance"));
        Element fastapi = rows.get(0).select("td").get(0);
        assertTrue(fastapi.text().contains("High"), fastapi.text());
        assertEquals("5 of 5", one(fastapi, ".rating-text").text());
        Element na = rows.get(1).select("td").get(0);
        assertTrue(na.hasClass("cell-na"));
        assertEquals("n/a", na.text());
        Element box = table.parent();
        assertEquals("region", box.attr("role"));
    }

    @Test
    void comparisonShowsDecisionTableAndChooseWhenLists() {
        Document doc = page("comparisons/fastapi-vs-flask/index.html");
        Element decision = one(doc, "table.decision-table tbody tr");
        one(decision, "th[scope=row]");
        one(decision, "a[href=/frameworks/fastapi/]");
        Element choose = one(doc, ".choose-panel");
        one(choose, "a[href=/frameworks/flask/]");
        assertEquals(1, choose.select("li").size());
    }

    @Test
    void questionsHaveAnchorsBadgesAndCategoryHeadings() {
        Document doc = page("questions/fastapi/index.html");
        Element first = one(doc, "article.q#path-params");
        assertEquals("junior", first.attr("data-levels"));
        assertEquals("category-core-concepts", first.attr("data-category"));
        one(first, "a.q-anchor[href=#path-params]");
        Element second = one(doc, "article.q#dependency-injection");
        assertEquals("junior senior", second.attr("data-levels"));
        assertEquals(List.of("Junior", "Senior"), texts(second.select(".badges .badge")));
        one(second, ".badge-senior");
        one(doc, "h2#category-core-concepts");
        one(doc, "h2#category-dependencies");
        assertEquals(3, first.select(".guidance").size());
        one(first, ".q-followups li");
    }

    @Test
    void questionFilterIsRenderedHiddenForTheScriptToEnable() {
        Document doc = page("questions/fastapi/index.html");
        Element form = one(doc, "form#q-filters");
        assertTrue(form.hasAttr("hidden"));
        assertEquals(List.of("junior", "senior"), form.select("input[name=level]").eachAttr("value"));
        assertEquals(3, form.select("select#q-category option").size());
        one(doc, "label[for=q-category]");
        one(doc, "input#q-interviewer[type=checkbox]");
        one(doc, "label[for=q-interviewer]");
        one(doc, "#q-status[aria-live=polite]");
        for (Element button : doc.select("button")) {
            assertEquals("button", button.attr("type"));
        }
    }

    @Test
    void roleShowsLevelLadderInLevelOrder() {
        Document doc = page("roles/backend-python-engineer/index.html");
        Elements steps = doc.select("ol.ladder > li.ladder-step");
        assertEquals(List.of("Junior", "Senior"), texts(steps.select(".ladder-title")));
        assertTrue(steps.get(0).select(".ladder-facts").text().contains("Well-defined tickets"));
        // The icons beside the titles are hidden from assistive technology; the words carry the meaning.
        assertEquals(List.of("Green flags", "Yellow flags", "Red flags"),
                doc.select(".flag .panel-title").stream().map(Element::ownText).toList());
        assertEquals(3, doc.select(".flag .panel-title [aria-hidden=true]").size());
    }

    @Test
    void roleHasCopyButtonAndJobDescriptionFiles() {
        Document doc = page("roles/backend-python-engineer/index.html");
        Element button = one(doc, "button.jd-copy");
        assertEquals("button", button.attr("type"));
        assertTrue(button.hasAttr("hidden"));
        Element text = one(doc, "template#" + button.attr("data-copy-from"));
        assertFalse(text.html().isBlank());
        one(doc, "#" + button.attr("data-copy-status") + "[role=status]");
        one(doc, ".jd-actions a[href=/roles/backend-python-engineer/job-description.txt]");
        one(doc, ".jd-actions a[href=/roles/backend-python-engineer/job-description.md]");
        assertTrue(site.exists("roles/backend-python-engineer/job-description.txt"));
        assertTrue(site.exists("roles/backend-python-engineer/job-description.md"));
    }

    @Test
    void frameworkHubListsPagesThatReferenceIt() {
        Document doc = page("frameworks/fastapi/index.html");
        Element hub = one(doc, "section.hub");
        one(hub, "a[href=/guides/fastapi-developers/]");
        one(hub, "a[href=/comparisons/fastapi-vs-flask/]");
        one(hub, "a[href=/questions/fastapi/]");
        one(hub, "a[href=/roles/backend-python-engineer/]");
        assertTrue(texts(hub.select("h3")).stream().anyMatch(t -> t.startsWith("Hiring guides")));
        one(doc, ".facts a[href=https://fastapi.tiangolo.com/]");
        assertTrue(doc.select(".facts").text().contains("fast-api"));
        one(doc, ".panel-strengths li");
        one(doc, ".panel-tradeoffs li");
    }

    @Test
    void termShowsAliasesDefinitionAndWhyItMatters() {
        Document doc = page("glossary/asgi/index.html");
        assertEquals("ASGI", one(doc, "h1").text());
        assertTrue(one(doc, ".term-aliases").text().contains("Asynchronous Server Gateway Interface"));
        assertTrue(one(doc, ".lead").text().startsWith("The standard interface"));
        assertTrue(one(doc, "#term-why").text().startsWith("Why it matters"));
    }

    @Test
    void glossaryListsTermsUnderLetterHeadings() {
        Document doc = page("glossary/index.html");
        one(doc, "nav.az a[href=#letter-a]");
        Element heading = one(doc, "h2#letter-a");
        assertEquals("A", heading.text());
        Element entry = one(doc, "dl.glossary-list dt a[href=/glossary/asgi/]");
        assertEquals("ASGI", entry.text());
        assertTrue(one(doc, "dl.glossary-list dd").text().startsWith("The standard interface"));
    }

    @Test
    void typedPagesHaveNoDuplicateIds() {
        for (String path : List.of("guides/fastapi-developers/index.html", "comparisons/fastapi-vs-flask/index.html",
                "questions/fastapi/index.html", "roles/backend-python-engineer/index.html",
                "frameworks/fastapi/index.html", "glossary/asgi/index.html", "glossary/index.html")) {
            List<String> ids = page(path).select("[id]").eachAttr("id");
            assertEquals(ids.size(), ids.stream().distinct().count(), () -> path + " repeats an id: " + ids);
        }
    }
}
