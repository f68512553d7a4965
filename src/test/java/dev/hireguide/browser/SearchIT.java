package dev.hireguide.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search box and the search page on the sample site: hits, facets, keyboard, shared addresses, file://. */
class SearchIT {

    @RegisterExtension
    static final BrowserExtension browser = BrowserExtension.sampleSite();

    /** Presses / on the page and types into whatever it focused, as a reader would. */
    private static void type(Browser page, String text) {
        new Actions(page.driver()).sendKeys("/").perform();
        page.driver().switchTo().activeElement().sendKeys(text);
    }

    /** Waits for the results of exactly this query to be in the page. */
    private static List<WebElement> results(Browser page, String query) {
        page.waitFor("document.activeElement && document.querySelector('.search-status')"
                + " && document.querySelector('.search-status').textContent !== ''"
                + " && document.querySelector('.search-input').value === arguments[0]"
                + " && !document.querySelector('.search-panel').hidden", query);
        page.waitFor("window.__lastSearch === arguments[0]", query);
        return page.findAll(".search-result");
    }

    private static void recordSearches(Browser page) {
        page.js("document.addEventListener('hireguide:search', e => { window.__lastSearch = e.detail.facets ? e.detail.query : null; });");
    }

    private static String title(WebElement result) {
        return result.findElement(org.openqa.selenium.By.cssSelector(".search-result-title")).getText();
    }

    private static List<String> badges(WebElement result) {
        return result.findElements(org.openqa.selenium.By.cssSelector(".search-badge")).stream()
                .map(WebElement::getText).toList();
    }

    @Test
    void slashOpensTheBoxAndAQueryFindsTheTermFirst(Browser page) {
        page.open(SamplePages.GUIDE.path());
        recordSearches(page);
        type(page, "jwt");
        List<WebElement> hits = results(page, "jwt");
        assertEquals("JWT", title(hits.get(0)));
        assertEquals(List.of("Term"), badges(hits.get(0)));
        assertEquals("JWT", hits.get(0).findElement(org.openqa.selenium.By.cssSelector("mark")).getText(),
                "the matched word is highlighted");
        assertTrue(hits.stream().anyMatch(h -> badges(h).contains("Question") && title(h).contains("JWT")),
                "a question about JWTs is found too");
        assertEquals(List.of(), page.pageErrors());
    }

    @Test
    void findsSeniorQuestionsAboutAsyncAndDependencyInjection(Browser page) {
        page.open(SamplePages.HOME.path());
        recordSearches(page);
        type(page, "senior async");
        List<WebElement> hits = results(page, "senior async");
        assertTrue(hits.subList(0, 4).stream().anyMatch(h -> badges(h).containsAll(List.of("Question", "Senior"))),
                () -> hits.stream().map(h -> title(h) + " " + badges(h)).toList().toString());

        page.find(".search-input").sendKeys(Keys.chord(Keys.CONTROL, "a"), "dependency injection");
        List<WebElement> di = results(page, "dependency injection");
        assertEquals("Dependency injection", title(di.get(0)));
        assertTrue(title(di.get(1)).startsWith("How does dependency injection work in FastAPI"), title(di.get(1)));
    }

    @Test
    void theFirstLetterOfANextWordKeepsTheResultsAndWaitsForNothing(Browser page) {
        page.open(SamplePages.HOME.path());
        recordSearches(page);
        page.js("window.__waited = {}; document.addEventListener('hireguide:search',"
                + " e => { window.__waited[e.detail.query] = e.detail.waited; });");
        type(page, "async ");
        List<String> async = results(page, "async ").stream().map(SearchIT::title).toList();
        page.find(".search-input").sendKeys("c");
        page.waitFor("window.__waited['async c'] !== undefined");
        assertEquals(async, page.findAll(".search-result").stream().map(SearchIT::title).toList(),
                "a lone letter after a word is the start of a word, not the term \"c\"");
        assertEquals(0L, (Long) page.js("return window.__waited['async c'];"), "and needs nothing loaded");
    }

    /**
     * After a lone first letter, the second key's results come from the letter's two-letter starts,
     * worked out at build time, without waiting for a shard or a document chunk; once the reader
     * stops typing the query runs in full, and both must show the same results, count and types.
     */
    @Test
    void twoLettersFromTheStartsShowWhatTheFullQueryShows(Browser page) {
        for (String two : List.of("as", "se", "co", "fa", "ju", "re", "sx")) {
            page.open(SamplePages.HOME.path());
            page.js("window.__events = []; document.addEventListener('hireguide:search', e => {"
                    + " window.__events.push(e.detail);"
                    + " window.__shown = window.__shown || {};"
                    + " window.__shown[e.detail.query + (e.detail.starts ? ' starts' : '') + (e.detail.facets ? ' full' : '')] = {"
                    + "   titles: Array.from(document.querySelectorAll('.search-result-title'), t => t.textContent),"
                    + "   status: document.querySelector('.search-status').textContent,"
                    + "   types: (document.querySelector('.search-facet-type') || {}).textContent || '' }; });");
            type(page, two.substring(0, 1));
            page.waitFor("window.__events.some(e => e.query === arguments[0])", two.substring(0, 1));
            page.waitFor("performance.getEntriesByType('resource').some(r => r.name.endsWith('/search/s/p-' + arguments[0] + '.js'))"
                    + " && !!window.__events", two.substring(0, 1));
            page.find(".search-input").sendKeys(two.substring(1));
            page.waitFor("window.__shown && window.__shown[arguments[0] + ' starts']", two);
            Map<String, Object> fromStarts = page.js("return window.__shown[arguments[0] + ' starts'];", two);
            assertEquals(0L, (Long) page.js("return window.__events.filter(e => e.query === arguments[0])[0].waited;", two),
                    two + ": the starts need nothing more loaded");
            // The facets load once typing stops, and the query runs again in full.
            page.waitFor("window.__shown[arguments[0] + ' full']", two);
            Map<String, Object> full = page.js("return window.__shown[arguments[0] + ' full'];", two);
            assertEquals(full, fromStarts, two);
            assertEquals(two.equals("sx"), ((List<?>) full.get("titles")).isEmpty(), two + ": " + full);
        }
        assertEquals(List.of(), page.pageErrors());
    }

    /**
     * After a pause on the first letter the facets are in: the second key still paints from the
     * starts at once, with the level, framework and category groups of the letter before marked
     * as out of date, and the full query then brings their counts.
     */
    @Test
    void afterAPauseTheStartsPaintAtOnceAndTheFacetsCatchUp(Browser page) {
        page.open(SamplePages.HOME.path());
        page.js("window.__seen = []; document.addEventListener('hireguide:search', e => window.__seen.push({"
                + " query: e.detail.query, starts: e.detail.starts, facets: e.detail.facets, waited: e.detail.waited,"
                + " stale: document.querySelectorAll('.search-facet-stale[aria-busy=true]').length,"
                + " groups: document.querySelectorAll('.search-facet').length }));");
        type(page, "s");
        page.waitFor("window.__seen.some(e => e.query === 's' && e.facets)");
        page.find(".search-input").sendKeys("e");
        page.waitFor("window.__seen.some(e => e.query === 'se' && e.facets)");
        Map<String, Object> starts = page.js("return window.__seen.filter(e => e.query === 'se')[0];");
        Map<String, Object> full = page.js("return window.__seen.filter(e => e.query === 'se' && e.facets)[0];");
        assertEquals(true, starts.get("starts"), starts.toString());
        assertEquals(0L, starts.get("waited"), starts.toString());
        assertTrue((Long) starts.get("stale") > 0, "the other facets' groups are kept, marked: " + starts);
        assertEquals(0L, full.get("stale"), full.toString());
        assertTrue((Long) full.get("groups") > 1, full.toString());
        assertEquals(List.of(), page.findAll(".search-facet-stale"));
    }

    /** The search page shows 20 results, more than the starts hold: it neither loads nor uses them. */
    @Test
    void theSearchPageRunsTwoLettersInFull(Browser page) {
        page.open("search/");
        page.js("window.__seen = []; document.addEventListener('hireguide:search', e => window.__seen.push(e.detail));");
        page.find("#search-page .search-input").sendKeys("s");
        page.waitFor("window.__seen.some(e => e.query === 's')");
        page.find("#search-page .search-input").sendKeys("e");
        page.waitFor("window.__seen.some(e => e.query === 'se')");
        assertEquals(false, page.js("return window.__seen.filter(e => e.query === 'se')[0].starts;"));
        assertEquals(false, page.js("return performance.getEntriesByType('resource').some(r => /\\/search\\/s\\/p-/.test(r.name));"));
        assertTrue(page.findAll(".search-result").size() > 6, "more results than the starts hold");
    }

    @Test
    void arrowKeysAndEnterOpenAQuestionAtItsAnchor(Browser page) {
        page.open(SamplePages.HOME.path());
        recordSearches(page);
        type(page, "dependency injection");
        results(page, "dependency injection");
        new Actions(page.driver()).sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_UP, Keys.ARROW_DOWN).perform();
        String selected = page.js("return document.activeElement.querySelector('.search-result-title').textContent;");
        assertTrue(selected.startsWith("How does dependency injection work in FastAPI"), selected);
        new Actions(page.driver()).sendKeys(Keys.ENTER).perform();
        page.waitFor("location.hash !== ''");
        assertTrue(page.path().startsWith(SamplePages.QUESTIONS.path() + "#"), page.path());
        String anchor = page.path().substring(page.path().indexOf('#') + 1);
        assertTrue(page.find("[id='" + anchor + "']").getText().contains("dependency injection"),
                "the question is at the anchor");
    }

    @Test
    void escapeClosesTheResults(Browser page) {
        page.open(SamplePages.HOME.path());
        recordSearches(page);
        type(page, "asgi");
        results(page, "asgi");
        page.find(".search-input").sendKeys(Keys.ESCAPE);
        assertFalse(page.find(".search-slot .search-panel").isDisplayed());
        new Actions(page.driver()).keyDown(Keys.CONTROL).sendKeys("k").keyUp(Keys.CONTROL).perform();
        assertEquals("search-1-input", page.js("return document.activeElement.id;"), "Ctrl-K focuses the box");
    }

    @Test
    void aFacetFilterNarrowsTheResultsAndGoesIntoTheAddress(Browser page) {
        page.open("search/?q=async");
        recordSearches(page);
        page.waitFor("document.querySelectorAll('.search-facet-level input').length > 0");
        WebElement senior = page.findAll(".search-facet-level .search-facet-option").stream()
                .filter(l -> l.getText().startsWith("Senior")).findFirst().orElseThrow();
        int count = Integer.parseInt(senior.findElement(org.openqa.selenium.By.cssSelector(".search-facet-count")).getText());
        senior.click();
        page.waitFor("location.search.indexOf('level=senior') >= 0");
        page.waitFor("document.querySelector('.search-status').textContent.indexOf(arguments[0] + ' result') === 0", count);
        List<WebElement> hits = page.findAll(".search-result");
        assertFalse(hits.isEmpty());
        for (WebElement hit : hits) {
            assertTrue(badges(hit).contains("Senior"), title(hit) + " " + badges(hit));
        }
        assertEquals("search/?q=async&level=senior", page.path());
    }

    @Test
    void aSharedAddressRestoresTheQueryAndTheFilters(Browser page) {
        page.open("search/?q=async&type=question&level=senior&framework=FastAPI");
        page.waitFor("document.querySelectorAll('.search-result').length > 0"
                + " && document.querySelectorAll('.search-facet-framework input:checked').length === 1");
        assertEquals("async", page.find(".search-input").getDomProperty("value"));
        List<String> checked = page.findAll(".search-facet input:checked").stream()
                .map(i -> i.getDomProperty("value")).collect(Collectors.toList());
        assertEquals(List.of("question", "senior", "FastAPI"), checked);
        for (WebElement hit : page.findAll(".search-result")) {
            assertTrue(badges(hit).containsAll(List.of("Question", "Senior")), title(hit));
        }
        String frameworks = page.find(".search-facet-framework").getText();
        assertTrue(frameworks.startsWith("Framework\nFastAPI"), frameworks);
        assertEquals(List.of(), Axe.run(page).stream().filter(v -> Axe.SERIOUS.contains(v.impact()))
                .map(Axe.Violation::describe).toList(), "the search page with results is accessible");
    }

    @Test
    void worksWhenTheSiteIsOpenedFromDisk(Browser page, BrowserSite site) {
        page.driver().get(site.out().resolve("guides/index.html").toUri().toString());
        recordSearches(page);
        type(page, "jwt");
        List<WebElement> hits = results(page, "jwt");
        assertEquals("JWT", title(hits.get(0)));
        hits.get(0).findElement(org.openqa.selenium.By.tagName("a")).click();
        page.waitFor("location.pathname.endsWith('/glossary/jwt/index.html')");
        assertEquals("JWT", page.find("h1").getText());
        assertEquals(List.of(), page.pageErrors());
    }

    @Test
    void withoutScriptsTheHeaderHasNoBoxAndTheSearchPageSaysWhy(Browser page) {
        page.cdp("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            page.open("search/");
            assertTrue(page.find(".search-nojs").isDisplayed());
            assertTrue(page.find(".search-nojs").getText().startsWith("Search needs JavaScript"));
            assertFalse(page.find("#search").isDisplayed(), "the empty header slot takes no room");
        } finally {
            page.cdp("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }
}
