package dev.hireguide.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrontMatterTest {

    @Test
    void splitsYamlAndBodyWithTheirFirstLines() {
        FrontMatter.Split split = FrontMatter.split("---\ntitle: A\ntags: [x]\n---\n# Body\n", "a.md").split().orElseThrow();
        assertEquals("title: A\ntags: [x]\n", split.yaml());
        assertEquals(2, split.yamlFirstLine());
        assertEquals("# Body\n", split.body());
        assertEquals(5, split.bodyFirstLine());
    }

    @Test
    void acceptsWindowsLineEndingsAndTrailingSpacesOnFences() {
        FrontMatter.Split split = FrontMatter.split("--- \r\ntitle: A\r\n---\r\nBody", "a.md").split().orElseThrow();
        assertEquals("title: A\r\n", split.yaml());
        assertEquals("Body", split.body());
        assertEquals(4, split.bodyFirstLine());
    }

    @Test
    void acceptsEmptyBody() {
        FrontMatter.Split split = FrontMatter.split("---\ntitle: A\n---", "a.md").split().orElseThrow();
        assertEquals("", split.body());
    }

    @Test
    void reportsMissingAndUnclosedFrontMatter() {
        assertEquals("a.md:1:1: error: the page has no front matter",
                FrontMatter.split("title: A\n", "a.md").problem().orElseThrow().headline());
        assertEquals("a.md:1:1: error: the front matter is not closed",
                FrontMatter.split("---\ntitle: A\n", "a.md").problem().orElseThrow().headline());
        assertTrue(FrontMatter.split("", "a.md").split().isEmpty());
    }
}
