package dev.hireguide.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The test server answers like a plain static web server, under a base path. */
class StaticServerTest {

    @TempDir
    static Path dir;

    static StaticServer server;

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(dir.resolve("site/guides"));
        Files.writeString(dir.resolve("site/guides/index.html"), "<h1>Guides</h1>");
        Files.writeString(dir.resolve("site/404.html"), "<h1>Not found</h1>");
        Files.writeString(dir.resolve("site/site.css"), "body{}");
        Files.writeString(dir.resolve("secret.txt"), "outside the site");
        server = StaticServer.bind(dir.resolve("site"), "/hiring/").start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        URI base = URI.create(server.baseUrl());
        URI uri = URI.create("http://" + base.getRawAuthority() + path);
        return CLIENT.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void listensOnLoopbackOnly() {
        assertTrue(server.baseUrl().matches("http://127\\.0\\.0\\.1:\\d+/hiring/"), server.baseUrl());
    }

    @Test
    void servesAFolderIndexWithItsType() throws Exception {
        HttpResponse<String> response = get("/hiring/guides/");
        assertEquals(200, response.statusCode());
        assertEquals("<h1>Guides</h1>", response.body());
        assertEquals("text/html; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("text/css; charset=utf-8", get("/hiring/site.css").headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void redirectsAFolderWithoutItsSlash() throws Exception {
        HttpResponse<String> response = get("/hiring/guides");
        assertEquals(301, response.statusCode());
        assertEquals("/hiring/guides/", response.headers().firstValue("Location").orElse(""));
    }

    @Test
    void answersNotFoundWithTheSitesPage() throws Exception {
        HttpResponse<String> response = get("/hiring/nothing/");
        assertEquals(404, response.statusCode());
        assertEquals("<h1>Not found</h1>", response.body());
        assertEquals(404, get("/guides/").statusCode(), "outside the base path");
    }

    @Test
    void neverServesFilesOutsideTheSite() throws Exception {
        assertEquals(404, get("/hiring/../secret.txt").statusCode());
        assertEquals(404, get("/hiring/%2e%2e/secret.txt").statusCode());
    }
}
