package dev.hireguide.build;

import dev.hireguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The pages that reference a page, as its backlinks list them: each once, by title. */
class BacklinksTest {

    @Test
    void aPageThatReferencesAnotherTwiceIsListedOnceAndAllByTitle(@TempDir Path dir) {
        TestSite site = TestSite.minimal(dir)
                .write("themes/default/templates/page.peb",
                        "<main>{% for link in page.backlinks %}{{ link.title }}|{% endfor %}</main>\n")
                .write("content/handbook/target.md", "---\ntitle: Target\n---\nBody.\n")
                // Named twice in its front matter, and once more in its text.
                .write("content/handbook/a-first.md",
                        "---\ntitle: Zebra notes\nrelated: [handbook/target, target]\n---\nSee [it](/handbook/target/).\n")
                .write("content/handbook/b-second.md", "---\ntitle: Alpha notes\nrelated: [handbook/target]\n---\nBody.\n")
                .write("content/handbook/c-third.md", "---\ntitle: Middle notes\n---\nSee [the target](/handbook/target/).\n");
        site.buildOk();
        assertEquals("<main>Alpha notes|Middle notes|Zebra notes|</main>\n", site.read("handbook/target/index.html"));
    }
}
