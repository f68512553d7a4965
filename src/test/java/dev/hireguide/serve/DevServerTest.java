package dev.hireguide.serve;

import dev.hireguide.testing.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dev server on a real socket: serving, live reload, errors in the browser, and what it refuses. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DevServerTest {

    @TempDir
    Path dir;

    private RunningServer running;

    private TestSite site() {
        return TestSite.minimal(dir).withPlainTemplates()
                .write("content/articles/_index.md", "---\ntitle: Articles\n---\nAll articles.\n")
                .write("content/articles/fastapi.md", "---\ntitle: Hiring FastAPI developers\nweight: 2\n---\nFirst text.\n")
                .write("content/articles/flask.md", "---\ntitle: Hiring Flask developers\nweight: 1\n---\nFlask.\n");
    }

    private RunningServer serve(TestSite site) throws Exception {
        running = new RunningServer(site);
        return running;
    }

    @AfterEach
    void stop() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void servesTheBuiltSiteWithTheReloadScriptAddedToHtmlOnly() throws Exception {
        RunningServer server = serve(site());
        HttpResponse<String> page = server.get("/articles/fastapi/");
        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElse(""));
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(page.body().contains("First text."), page.body());
        assertTrue(page.body().contains("<script src=\"/__hireguide/live.js\""), page.body());
        String onDisk = Files.readString(server.server.siteDir().resolve("articles/fastapi/index.html"));
        assertFalse(onDisk.contains("__hireguide"), "the snippet is added when serving, not written");
        HttpResponse<String> script = server.get("/__hireguide/live.js");
        assertEquals(200, script.statusCode());
        assertTrue(script.body().contains("new EventSource(\"/__hireguide/events\")"));
        assertTrue(server.lines.get(0).startsWith("Built in "), server.lines.toString());
    }

    @Test
    void anEditIsServedAndTheOpenPagesAreToldToReload() throws Exception {
        RunningServer server = serve(site());
        RunningServer.Events events = server.events();
        assertEquals(200, events.status());
        assertTrue(events.contentType().startsWith("text/event-stream"), events.contentType());
        String hello = events.await("hello");
        server.site.write("content/articles/fastapi.md", "---\ntitle: Hiring FastAPI developers\nweight: 2\n---\nSecond text.\n");
        String reload = events.await("reload");
        assertFalse(reload.equals(hello), "a new build has a new tag");
        HttpResponse<String> page = server.get("/articles/fastapi/");
        assertTrue(page.body().contains("Second text."), page.body());
        assertTrue(page.body().contains("data-build=\"" + reload + "\""), page.body());
        String line = server.lines.get(server.lines.size() - 1);
        assertTrue(line.matches("Rebuilt in \\d+ ms after a change to content/articles/fastapi\\.md: parsed 1 of 4 files, "
                + "rendered 1 of 4 pages, wrote 9 files\\."), line);
        // The page, its search chunk, the search shard, and six two-letter starts: those of the
        // first letters of the words it lost and gained, and those that show it.
    }

    @Test
    void aBadEditShowsEscapedErrorsInTheBrowserAndTheLastGoodPageStays() throws Exception {
        RunningServer server = serve(site());
        RunningServer.Events events = server.events();
        events.await("hello");
        server.site.write("content/articles/fastapi.md",
                "---\ntitle: Hiring FastAPI developers\nweight: <img src=x onerror=alert(1)>\n---\nBroken.\n");
        String errors = events.await("errors");
        assertTrue(errors.startsWith("{\"errors\":1,"), errors);
        assertTrue(errors.contains("\"file\":\"content/articles/fastapi.md\",\"line\":3,\"column\":9"), errors);
        assertTrue(errors.contains("\\u003cimg src=x"), "no raw markup in the event: " + errors);

        HttpResponse<String> page = server.get("/articles/fastapi/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("First text."), "the last good page is served: " + page.body());
        assertTrue(page.body().contains("id=\"hireguide-errors\""), page.body());
        assertTrue(page.body().contains("content/articles/fastapi.md:3:9: error: "), page.body());
        assertTrue(page.body().contains("&lt;img src=x onerror=alert(1)&gt;"), page.body());
        assertFalse(page.body().contains("<img src=x"), page.body());
        assertTrue(server.lines.get(server.lines.size() - 1).startsWith("Build failed in "), server.lines.toString());

        server.site.write("content/articles/fastapi.md", "---\ntitle: Hiring FastAPI developers\nweight: 2\n---\nFixed.\n");
        events.await("reload");
        HttpResponse<String> fixed = server.get("/articles/fastapi/");
        assertTrue(fixed.body().contains("Fixed."), fixed.body());
        assertFalse(fixed.body().contains("hireguide-errors"), fixed.body());
    }

    @Test
    void aSiteThatDoesNotBuildAtFirstIsServedOnceFixed() throws Exception {
        TestSite broken = site().write("content/articles/flask.md", "---\ntitle: Flask\nweight: heavy\n---\n");
        RunningServer server = serve(broken);
        HttpResponse<String> waiting = server.get("/");
        assertEquals(404, waiting.statusCode());
        assertTrue(waiting.body().contains("content/articles/flask.md:3:9: error: "), waiting.body());
        assertTrue(waiting.body().contains("/__hireguide/live.js"), waiting.body());
        RunningServer.Events events = server.events();
        events.await("errors");
        broken.write("content/articles/flask.md", "---\ntitle: Flask\nweight: 1\n---\n");
        events.await("reload");
        assertEquals(200, server.get("/").statusCode());
    }

    @Test
    void folderUrlsServeTheirIndexAndNeverAListing() throws Exception {
        RunningServer server = serve(site().write("content/files/report.pdf", "%PDF-1.4\n"));
        HttpResponse<String> redirect = server.get("/articles");
        assertEquals(302, redirect.statusCode());
        assertEquals("/articles/", redirect.headers().firstValue("Location").orElse(""));
        assertEquals(200, server.get("/articles/").statusCode());
        HttpResponse<String> noIndex = server.get("/css/");
        assertEquals(404, noIndex.statusCode());
        assertTrue(noIndex.body().contains("home</a>"), "the site's 404 page: " + noIndex.body());
        assertEquals(404, server.get("/files/").statusCode());
        assertEquals(404, server.get("/articles/fastapi/index.html/").statusCode());
    }

    @Test
    void unknownPathsGetThe404PageWithStatus404() throws Exception {
        RunningServer server = serve(site());
        HttpResponse<String> missing = server.get("/no/such/page/");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("home</a>"), missing.body());
        assertTrue(missing.body().contains("/__hireguide/live.js"), missing.body());
        assertEquals(404, server.get("/.hireguide-output").statusCode(), "hidden files are not served");
    }

    @Test
    void onlyGetAndHeadAreAllowed() throws Exception {
        RunningServer server = serve(site());
        for (String method : new String[] {"POST", "PUT", "DELETE", "OPTIONS", "PATCH"}) {
            HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/"))
                    .method(method, HttpRequest.BodyPublishers.ofString("x")).build());
            assertEquals(405, response.statusCode(), method);
            assertEquals("GET, HEAD", response.headers().firstValue("Allow").orElse(""), method);
        }
        HttpResponse<String> head = server.send(HttpRequest.newBuilder(server.uri("/articles/"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        String get = server.get("/articles/").body();
        assertEquals(String.valueOf(get.getBytes(java.nio.charset.StandardCharsets.UTF_8).length),
                head.headers().firstValue("Content-Length").orElse(""));
    }

    @Test
    void filesHaveTheirContentTypes() throws Exception {
        TestSite site = site();
        Map<String, String> types = Map.ofEntries(
                Map.entry("files/a.css", "text/css; charset=utf-8"),
                Map.entry("files/a.js", "text/javascript; charset=utf-8"),
                Map.entry("files/a.svg", "image/svg+xml; charset=utf-8"),
                Map.entry("files/a.json", "application/json; charset=utf-8"),
                Map.entry("files/a.png", "image/png"),
                Map.entry("files/a.jpg", "image/jpeg"),
                Map.entry("files/a.webp", "image/webp"),
                Map.entry("files/a.txt", "text/plain; charset=utf-8"),
                Map.entry("files/a.xml", "application/xml; charset=utf-8"),
                Map.entry("files/a.pdf", "application/pdf"),
                Map.entry("files/a.bin", "application/octet-stream"));
        types.keySet().forEach(path -> site.write("content/" + path, "x"));
        RunningServer server = serve(site);
        types.forEach((path, type) -> {
            HttpResponse<String> response = server.get("/" + path);
            assertEquals(200, response.statusCode(), path);
            assertEquals(type, response.headers().firstValue("Content-Type").orElse(""), path);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertFalse(response.body().contains("__hireguide"), "no snippet outside HTML: " + path);
        });
        assertEquals("application/xml; charset=utf-8",
                server.get("/sitemap.xml").headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void buildOutputNeverHasTheSnippet() throws Exception {
        TestSite site = TestSite.minimal(dir).write("content/articles/a.md", "---\ntitle: A\n---\nText.\n");
        RunningServer server = serve(site);
        assertTrue(server.get("/articles/a/").body().contains("__hireguide"));
        site.buildOk();
        for (Map.Entry<String, byte[]> file : TestSite.snapshot(site.out()).entrySet()) {
            String text = new String(file.getValue(), java.nio.charset.StandardCharsets.UTF_8);
            assertFalse(text.contains("__hireguide") || text.contains("EventSource"), file.getKey());
        }
        for (Map.Entry<String, byte[]> file : TestSite.snapshot(server.server.siteDir()).entrySet()) {
            assertFalse(new String(file.getValue(), java.nio.charset.StandardCharsets.UTF_8).contains("__hireguide"),
                    "serve's own folder: " + file.getKey());
        }
    }

    @Test
    void aBasePathIsServedUnderItsPath() throws Exception {
        TestSite site = site().write("content/site.yaml", "title: T\nbase_url: https://intranet.example.com/hiring/\n");
        RunningServer server = serve(site);
        assertTrue(server.server.url().toString().endsWith(":" + server.port() + "/hiring/"), server.server.url().toString());
        HttpResponse<String> root = server.get("/");
        assertEquals(302, root.statusCode());
        assertEquals("/hiring/", root.headers().firstValue("Location").orElse(""));
        assertEquals("/hiring/", server.get("/hiring").headers().firstValue("Location").orElse(""));
        assertEquals(200, server.get("/hiring/").statusCode());
        assertEquals(200, server.get("/hiring/articles/fastapi/").statusCode());
        assertEquals(404, server.get("/articles/fastapi/").statusCode());
    }
}
