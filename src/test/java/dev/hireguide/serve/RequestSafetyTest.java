package dev.hireguide.serve;

import dev.hireguide.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests that try to leave the served site, or to reach the server under another name, or
 * from another site's page: each is refused, and nothing from outside the site is sent.
 * Raw sockets send the paths exactly as written, as an attacker would.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RequestSafetyTest {

    private static final String SECRET = "TOP-SECRET-CONTENT";

    @TempDir
    static Path dir;

    private static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        TestSite site = TestSite.minimal(dir).withPlainTemplates()
                .write("content/articles/a.md", "---\ntitle: A\n---\nText.\n")
                .write("secret.txt", SECRET);
        server = new RunningServer(site);
        Path siteDir = server.server.siteDir();
        Path outside = siteDir.getParent();
        Files.writeString(outside.resolve("secret.txt"), SECRET);
        Files.createSymbolicLink(siteDir.resolve("link.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(siteDir.resolve("linkdir"), outside);
        Files.createSymbolicLink(siteDir.resolve("articles/rootlink"), dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void pathsThatLeaveTheSiteGet400Or404AndNothingFromOutside() {
        List<String> targets = List.of(
                "/../secret.txt", "/../../secret.txt", "/articles/../../secret.txt", "/articles/../../../secret.txt",
                "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/.%2e/secret.txt", "/%2e./secret.txt",
                "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt", "/articles%2f..%2f..%2fsecret.txt",
                "/..\\secret.txt", "/..%5csecret.txt", "/%5c..%5csecret.txt",
                "//etc/passwd", "/%2fetc/passwd", "/%2Fetc%2Fpasswd", "///etc/passwd",
                "/etc/passwd%00", "/index.html%00", "/index.html%00.txt", "/%00",
                "/%c0%ae%c0%ae/secret.txt", "/%252e%252e/secret.txt", "/..%252fsecret.txt",
                "/....//secret.txt", "/articles/./a/", "/articles/%2e/a/", "/articles//a/",
                "/link.txt", "/linkdir/secret.txt", "/linkdir/site/index.html", "/articles/rootlink/secret.txt",
                "/articles/rootlink/content/site.yaml",
                "/%", "/%zz", "/%e9", "/a%0d%0aSet-Cookie:x=1",
                "http://127.0.0.1/../secret.txt", "file:///etc/passwd", "*", "secret.txt");
        for (String target : targets) {
            String response = server.rawGet(target);
            int status = RunningServer.status(response);
            assertTrue(status == 400 || status == 404, target + " got " + status + ":\n" + response);
            assertFalse(response.contains(SECRET), target);
            assertFalse(response.contains("root:x:0:0"), target);
            assertFalse(response.contains("base_url"), target);
            assertFalse(response.toLowerCase(Locale.ROOT).contains("access-control-allow-origin"), target);
        }
    }

    @Test
    void thePlainPathsStillWork() {
        assertEquals(200, RunningServer.status(server.rawGet("/articles/a/")));
        assertEquals(200, RunningServer.status(server.rawGet("/articles/a/index.html")));
        assertEquals(200, RunningServer.status(server.rawGet("/%61rticles/a/")));
        assertEquals(200, RunningServer.status(server.rawGet("/articles/a/?q=..%2f..")));
    }

    @Test
    void onlyThisServersNamesAreAcceptedAsHost() {
        int port = server.port();
        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port, "[::1]:" + port)) {
            String response = request(host);
            assertEquals(200, RunningServer.status(response), host + ":\n" + response);
        }
        for (String host : List.of("evil.example:" + port, "evil.example", "127.0.0.1", "localhost",
                "127.0.0.1:" + (port == 65535 ? 1 : port + 1), "127.0.0.1.nip.io:" + port, "localhost.evil.example:" + port,
                "user@127.0.0.1:" + port, "127.0.0.1:" + port + "@evil.example", "", "[::1", "0x7f.1:" + port)) {
            String response = request(host);
            int status = RunningServer.status(response);
            assertTrue(status == 421 || status == 400, "Host: " + host + " got " + status);
            assertFalse(response.contains("Text."), host);
        }
        String noHost = server.raw("GET / HTTP/1.0\r\n\r\n");
        int status = RunningServer.status(noHost);
        assertTrue(status == 421 || status == 400, "no Host got " + status);
    }

    @Test
    void theReloadStreamRefusesOtherSitesPages() {
        HttpResponse<String> evil = server.send(HttpRequest.newBuilder(server.uri(LiveReload.EVENTS_PATH))
                .header("Origin", "http://evil.example").GET().build());
        assertEquals(403, evil.statusCode());
        HttpResponse<String> nullOrigin = server.send(HttpRequest.newBuilder(server.uri(LiveReload.EVENTS_PATH))
                .header("Origin", "null").GET().build());
        assertEquals(403, nullOrigin.statusCode());
        String own = server.statusLine("GET " + LiveReload.EVENTS_PATH + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                + "\r\nOrigin: http://127.0.0.1:" + server.port() + "\r\n\r\n");
        assertTrue(own.startsWith("HTTP/1.1 200"), own);
    }

    @Test
    void noResponseAllowsOtherOrigins() {
        for (String target : List.of("/", "/articles/a/", "/nope", LiveReload.SCRIPT_PATH)) {
            HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri(target))
                    .header("Origin", "http://evil.example").GET().build());
            assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), target);
            assertEquals("same-origin", response.headers().firstValue("Cross-Origin-Resource-Policy").orElse(""), target);
        }
    }

    private static String request(String host) {
        return server.raw("GET /articles/a/ HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    }
}
