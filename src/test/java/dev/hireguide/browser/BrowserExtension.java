package dev.hireguide.browser;

import dev.hireguide.testing.TestSite;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Gives a test class a served site and a Chromium tab. Register it on a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final BrowserExtension browser = BrowserExtension.sampleSite();
 *
 * @Test
 * void opensTheGlossary(Browser page) {
 *     page.open("glossary/");
 *     assertEquals("Glossary", page.find("h1").getText());
 * }
 * }</pre>
 *
 * <p>One Chromium serves every test of a run and one build of the sample site every class
 * that asks for it; an inline site is built once per class. Before each test the tab is
 * reset (blank page, desktop size, no emulation), so tests do not leak into each other.
 * Test methods can take a {@link Browser} and a {@link BrowserSite} as parameters.
 */
public final class BrowserExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    private final Function<Path, BrowserSite> inline;
    private BrowserSite site;
    private Browser browser;
    private Path inlineFolder;

    private BrowserExtension(Function<Path, BrowserSite> inline) {
        this.inline = inline;
    }

    /** The repository's sample site in content/. */
    public static BrowserExtension sampleSite() {
        return new BrowserExtension(null);
    }

    /**
     * An inline site: the function writes it into the given empty folder and builds it, as in
     * {@code dir -> BrowserSite.of(TestSite.minimal(dir).write("content/a.md", "..."))}.
     */
    public static BrowserExtension site(Function<Path, BrowserSite> build) {
        return new BrowserExtension(build);
    }

    /** Shorthand for an inline site served at the root: {@code dir -> TestSite.minimal(dir).write(...)}. */
    public static BrowserExtension testSite(Function<Path, TestSite> write) {
        return new BrowserExtension(dir -> BrowserSite.of(write.apply(dir)));
    }

    public Browser browser() {
        return browser;
    }

    public BrowserSite site() {
        return site;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        ExtensionContext.Store shared = context.getRoot().getStore(NAMESPACE);
        browser = shared.getOrComputeIfAbsent(Browser.class, key -> Chromium.start(), Browser.class);
        if (inline == null) {
            site = shared.getOrComputeIfAbsent("sample-site", key -> BrowserSite.sample(), BrowserSite.class);
        } else {
            Files.createDirectories(Project.target());
            inlineFolder = Files.createTempDirectory(Project.target(), "browser-test-site-");
            site = inline.apply(inlineFolder);
        }
        browser.use(site);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (inline != null && site != null) {
            site.close();
            Chromium.deleteTree(inlineFolder);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        browser.use(site);
        browser.reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Browser.class || type == BrowserSite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class ? browser : site;
    }
}
