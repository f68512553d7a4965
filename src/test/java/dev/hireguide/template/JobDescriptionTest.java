package dev.hireguide.template;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JobDescriptionTest {

    private static final String TERM = "<span class=\"glossary\"><a class=\"glossary-link\" href=\"/glossary/api/\" "
            + "aria-describedby=\"glossary-tip-api\">backend</a><span class=\"glossary-tip\" id=\"glossary-tip-api\" "
            + "role=\"tooltip\">An agreed way for one program to ask another for data.</span></span>";

    @Test
    void keepsHeadingsParagraphsAndListsOnTheirOwnLines() {
        String html = "<p>Level: [senior] · Location: [city]</p>\n<h2 id=\"what\">What you will do</h2>\n"
                + "<ul>\n<li>Build <strong>APIs</strong> &amp; services.</li>\n<li>Review code.</li>\n</ul>\n"
                + "<ol>\n<li>First</li>\n<li>Second</li>\n</ol>\n";
        assertEquals("Level: [senior] · Location: [city]\n\nWhat you will do\n\n- Build APIs & services.\n- Review code.\n\n"
                + "1. First\n2. Second\n", JobDescription.plainText(html));
    }

    @Test
    void leavesOutGlossaryTooltipsInParagraphsHeadingsAndLists() {
        String html = "<h2 id=\"a\">The " + TERM + " role</h2>\n<p>We need a " + TERM + " engineer.</p>\n"
                + "<ul>\n<li>A " + TERM + " service.</li>\n</ul>\n";
        assertEquals("The backend role\n\nWe need a backend engineer.\n\n- A backend service.\n",
                JobDescription.plainText(html));
    }

    @Test
    void squeezesEachRunOfBlankLinesToOne() {
        assertEquals("a\n\nb\nc\n\nd\n\n", JobDescription.squeezed("a\n\n\n\nb\nc\n\n\nd\n\n\n"));
        assertEquals("\n\nx", JobDescription.squeezed("\n\n\n\n\nx"));
        assertEquals("no breaks", JobDescription.squeezed("no breaks"));
        assertEquals("", JobDescription.squeezed(""));
    }
}
