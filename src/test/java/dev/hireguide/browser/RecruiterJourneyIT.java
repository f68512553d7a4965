package dev.hireguide.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a recruiter does on the sample site, in Chromium: navigate, filter questions, copy a job description. */
class RecruiterJourneyIT {

    @RegisterExtension
    static final BrowserExtension browser = BrowserExtension.sampleSite();

    @Test
    void reachesAGuideFromTheHomePageThroughTheNavigation(Browser page) {
        page.open("");
        WebElement guides = page.link(".site-nav a", "guides/");
        assertEquals("Hiring guides", guides.getText());
        guides.click();
        assertEquals("guides/", page.path());
        assertEquals("Hiring guides", page.find("h1").getText());

        page.link("main a", SamplePages.GUIDE.path()).click();
        assertEquals(SamplePages.GUIDE.path(), page.path());
        assertEquals("Hiring FastAPI developers", page.find("h1").getText());
        assertEquals("page", page.link(".site-nav a", "guides/").getDomAttribute("aria-current"),
                "the navigation marks the section the guide is in");
        assertEquals(List.of(), page.pageErrors());
    }

    @Test
    void filtersQuestionsByLevelAndShowsOnlyThatLevel(Browser page) {
        page.open(SamplePages.QUESTIONS.path());
        assertTrue(page.find("#q-filters").isDisplayed(), "the filter appears once the script runs");
        int total = page.findAll(".q").size();

        for (WebElement label : page.findAll(".q-levels label")) {
            WebElement box = label.findElement(By.tagName("input"));
            if (!box.getDomAttribute("value").equals("senior")) {
                label.click();
            }
        }

        List<WebElement> questions = page.findAll(".q");
        List<WebElement> shown = questions.stream().filter(WebElement::isDisplayed).toList();
        assertFalse(shown.isEmpty(), "some questions are for seniors");
        assertTrue(shown.size() < total, "questions for other levels are hidden");
        for (WebElement q : questions) {
            boolean senior = List.of(q.getDomAttribute("data-levels").split(" ")).contains("senior");
            assertEquals(senior, q.isDisplayed(), () -> "question " + q.getDomAttribute("id")
                    + " with levels " + q.getDomAttribute("data-levels"));
        }
        assertEquals(SamplePages.QUESTIONS.path() + "?level=senior", page.path(), "the filter is kept in the address");
        page.waitFor("document.getElementById('q-status').textContent === arguments[0]",
                "Showing " + shown.size() + " of " + total + " questions.");

        page.find(".q-reset").click();
        assertEquals(total, page.findAll(".q").stream().filter(WebElement::isDisplayed).count());
    }

    @Test
    void interviewerModeHidesTheAnswerGuidance(Browser page) {
        page.open(SamplePages.QUESTIONS.path());
        assertTrue(page.findAll(".guidance").stream().allMatch(WebElement::isDisplayed));

        page.find("label[for=q-interviewer]").click();

        assertTrue(page.find("#q-interviewer").isSelected());
        List<WebElement> guidance = page.findAll(".guidance");
        assertFalse(guidance.isEmpty());
        assertTrue(guidance.stream().noneMatch(WebElement::isDisplayed), "answers and red flags are hidden");
        assertTrue(page.findAll(".q-title").stream().allMatch(WebElement::isDisplayed), "questions stay");
        assertTrue(page.findAll(".q-followups").stream().allMatch(WebElement::isDisplayed), "follow-ups stay");
        assertEquals(SamplePages.QUESTIONS.path() + "?mode=interviewer", page.path());

        page.open(page.path());
        assertTrue(page.find("#q-interviewer").isSelected(), "a shared link opens in interviewer mode");
        assertTrue(page.findAll(".guidance").stream().noneMatch(WebElement::isDisplayed));
    }

    @Test
    void copiesTheJobDescriptionAsPlainText(Browser page, BrowserSite site) throws Exception {
        String expected = Files.readString(site.out().resolve(SamplePages.ROLE.path() + "job-description.txt")).strip();
        page.allowClipboard().open(SamplePages.ROLE.path());

        page.find("button.jd-copy").click();

        page.waitFor("document.getElementById('jd-status').textContent.startsWith('Copied')");
        String copied = page.jsAsync("navigator.clipboard.readText().then(done, e => done('could not read: ' + e));");
        assertEquals(expected, copied.strip());
        assertFalse(copied.contains("<"), "plain text, not HTML");
    }
}
