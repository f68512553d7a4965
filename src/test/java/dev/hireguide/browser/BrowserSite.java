package dev.hireguide.browser;

import dev.hireguide.build.BuildOptions;
import dev.hireguide.build.BuildResult;
import dev.hireguide.build.SiteBuilder;
import dev.hireguide.diag.DiagnosticFormatter;
import dev.hireguide.output.OutputException;
import dev.hireguide.testing.TestSite;

import java.nio.file.Path;

/**
 * A site built for the browser and served on a free 127.0.0.1 port. The port is bound
 * first and the site is built with that address as its base URL, so canonical links and
 * every asset point at the test server. A build with an error fails the test.
 */
public final class BrowserSite implements AutoCloseable {

    private final StaticServer server;
    private final Path out;
    private final BuildResult result;

    private BrowserSite(StaticServer server, Path out, BuildResult result) {
        this.server = server;
        this.out = out;
        this.result = result;
    }

    /** The repository's sample site (its content/), built into target/browser-site/. */
    public static BrowserSite sample() {
        return build(Project.root(), Project.target().resolve("browser-site"), "/");
    }

    /** An inline test site, built into its own site/ folder and served at the root. */
    public static BrowserSite of(TestSite site) {
        return build(site.root(), site.out(), "/");
    }

    /** An inline test site served under a base path such as {@code /hiring/}, as when published under one. */
    public static BrowserSite of(TestSite site, String basePath) {
        return build(site.root(), site.out(), basePath);
    }

    /** Builds the site whose content/ is in {@code root} into {@code out}, and serves it at {@code basePath}. */
    public static BrowserSite build(Path root, Path out, String basePath) {
        StaticServer server = StaticServer.bind(out, basePath);
        try {
            BuildResult result = SiteBuilder.build(BuildOptions.of(root).withOut(out).withBaseUrl(server.baseUrl()));
            if (result.failed()) {
                throw new AssertionError("the site in " + root + " did not build:\n"
                        + DiagnosticFormatter.text(result.diagnostics()));
            }
            return new BrowserSite(server.start(), out, result);
        } catch (OutputException e) {
            server.close();
            throw new AssertionError("writing the site to " + out + " failed: " + e.getMessage(), e);
        } catch (RuntimeException | AssertionError e) {
            server.close();
            throw e;
        }
    }

    /** Like {@code http://127.0.0.1:40123/}, ending in the base path. */
    public String baseUrl() {
        return server.baseUrl();
    }

    /** The address of a path under the base URL. */
    public String url(String path) {
        return baseUrl() + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** The built files. */
    public Path out() {
        return out;
    }

    public BuildResult result() {
        return result;
    }

    @Override
    public void close() {
        server.close();
    }
}
