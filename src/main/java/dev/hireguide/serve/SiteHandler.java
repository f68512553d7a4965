package dev.hireguide.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers every request of the dev server. It serves only regular files inside the built site
 * (no symbolic links, no hidden files, no folder listings; a folder's index.html for a folder
 * URL), only to GET and HEAD, only for a Host header that names this server, and adds the
 * live-reload script to HTML responses.
 */
final class SiteHandler implements HttpHandler {

    private final Path siteDir;
    private final Supplier<String> basePath;
    private final HostCheck hosts;
    private final LiveReload live;
    private final Supplier<Boolean> built;

    /**
     * @param siteDir  the folder the site is built into
     * @param basePath the site's base path ({@code /} or {@code /hiring/}), which a rebuild may change:
     *                 the site is served under it
     * @param built    whether a good build has been written yet
     */
    SiteHandler(Path siteDir, Supplier<String> basePath, HostCheck hosts, LiveReload live, Supplier<Boolean> built) {
        this.siteDir = siteDir.toAbsolutePath().normalize();
        this.basePath = basePath;
        this.hosts = hosts;
        this.live = live;
        this.built = built;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Headers headers = exchange.getResponseHeaders();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Cross-Origin-Resource-Policy", "same-origin");
            headers.set("Referrer-Policy", "no-referrer");
            if (!hosts.allowsHost(exchange.getRequestHeaders().getFirst("Host"))) {
                text(exchange, 421, "This server answers only to localhost and its own address (Host header refused).");
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                headers.set("Allow", "GET, HEAD");
                text(exchange, 405, "Only GET and HEAD are allowed.");
                return;
            }
            URI uri = exchange.getRequestURI();
            String raw = uri.getRawPath();
            if (uri.getScheme() != null || uri.getRawAuthority() != null || raw == null || !raw.startsWith("/")) {
                text(exchange, 400, "Bad request path.");
                return;
            }
            if (raw.equals(LiveReload.EVENTS_PATH)) {
                String origin = exchange.getRequestHeaders().getFirst("Origin");
                if (origin != null && !hosts.allowsOrigin(origin)) {
                    text(exchange, 403, "Origin refused.");
                    return;
                }
                live.stream(exchange);
                return;
            }
            if (raw.equals(LiveReload.SCRIPT_PATH)) {
                send(exchange, 200, "text/javascript; charset=utf-8", script());
                return;
            }
            serveSite(exchange, raw, uri.getRawQuery());
        }
    }

    private void serveSite(HttpExchange exchange, String raw, String query) throws IOException {
        String basePath = this.basePath.get();
        if (!basePath.equals("/") && (raw.equals("/") || (raw + "/").equals(basePath))) {
            redirect(exchange, basePath, query);
            return;
        }
        if (!raw.startsWith(basePath)) {
            notFound(exchange);
            return;
        }
        Optional<RequestPath> parsed = RequestPath.parse(raw.substring(basePath.length() - 1));
        if (parsed.isEmpty()) {
            text(exchange, 400, "Bad request path.");
            return;
        }
        RequestPath path = parsed.get();
        Path file = siteDir;
        for (String segment : path.segments()) {
            file = file.resolve(segment);
        }
        if (path.hidden() || !file.normalize().startsWith(siteDir) || hasLink(file)) {
            notFound(exchange);
            return;
        }
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            if (!path.folder()) {
                redirect(exchange, raw + "/", query);
                return;
            }
            file = file.resolve("index.html");
        } else if (path.folder() && !path.segments().isEmpty()) {
            notFound(exchange);
            return;
        }
        if (!servable(file)) {
            notFound(exchange);
            return;
        }
        serveFile(exchange, 200, file);
    }

    /** Whether the path, or a folder on the way to it inside the site, is a symbolic link. */
    private boolean hasLink(Path file) {
        for (Path p = file; p != null && p.startsWith(siteDir) && !p.equals(siteDir); p = p.getParent()) {
            if (Files.isSymbolicLink(p)) {
                return true;
            }
        }
        return false;
    }

    /** A regular file, not a link, whose real path is inside the site. */
    private boolean servable(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            return file.toRealPath().startsWith(siteDir.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private void serveFile(HttpExchange exchange, int status, Path file) throws IOException {
        String type = ContentTypes.of(file.getFileName().toString());
        if (ContentTypes.isHtml(type)) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                notFound(exchange);  // replaced by a rebuild between the check and the read
                return;
            }
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            Optional<String> html = utf8(bytes);
            if (html.isPresent()) {
                send(exchange, status, type, page(html.get()));
            } else {
                // An HTML file copied from content/ in another encoding: sent as it is, without the script.
                send(exchange, status, "text/html", bytes);
            }
            return;
        }
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.getResponseHeaders().set("Content-Type", type);
        InputStream in;
        long size;
        try {
            in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
            size = Files.size(file);
        } catch (IOException e) {
            notFound(exchange);
            return;
        }
        try (in) {
            if (exchange.getRequestMethod().equals("HEAD")) {
                exchange.getResponseHeaders().set("Content-Length", Long.toString(size));
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            exchange.sendResponseHeaders(status, size == 0 ? -1 : size);
            try (OutputStream body = exchange.getResponseBody()) {
                in.transferTo(body);
            }
        }
    }

    private void notFound(HttpExchange exchange) throws IOException {
        Path page = siteDir.resolve("404.html");
        if (built.get() && servable(page)) {
            serveFile(exchange, 404, page);
            return;
        }
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        String text = built.get() ? "There is no page at this address."
                : "The site has not been built yet: the build has errors. Save a fix and this page reloads.";
        send(exchange, 404, "text/html; charset=utf-8", page(LivePage.placeholder("Not found", text)));
    }

    private String page(String html) {
        LiveReload.State state = live.state();
        return LivePage.inject(html, live.buildTag(), state.errors());
    }

    private static void redirect(HttpExchange exchange, String location, String query) throws IOException {
        exchange.getResponseHeaders().set("Location", query == null ? location : location + "?" + query);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        text(exchange, 302, "Moved to " + location);
    }

    private static void text(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", message + "\n");
    }

    private static void send(HttpExchange exchange, int status, String type, String text) throws IOException {
        send(exchange, status, type, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(bytes.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(bytes);
        }
    }

    private static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String script() throws IOException {
        try (InputStream in = SiteHandler.class.getResourceAsStream("/dev/hireguide/serve/live.js")) {
            if (in == null) {
                throw new IOException("live.js is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
