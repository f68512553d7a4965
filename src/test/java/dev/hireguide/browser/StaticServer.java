package dev.hireguide.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A throwaway static file server on a free 127.0.0.1 port, serving a built site the way a
 * plain web server would: {@code /guides/} serves {@code guides/index.html}, {@code /guides}
 * redirects to {@code /guides/}, an unknown path gets {@code 404.html} with status 404.
 * Nothing is cached, so a test always sees the files as they are on disk.
 */
public final class StaticServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("md", "text/markdown; charset=utf-8"),
            Map.entry("xml", "application/xml"));

    private final HttpServer server;
    private final ExecutorService executor;
    private final Path folder;
    private final String basePath;

    private StaticServer(HttpServer server, ExecutorService executor, Path folder, String basePath) {
        this.server = server;
        this.executor = executor;
        this.folder = folder;
        this.basePath = basePath;
    }

    /**
     * Binds a free port on 127.0.0.1 without serving yet, so that a site can be built for
     * this address first. {@code basePath} is where the site lives, {@code /} or like {@code /hiring/}.
     */
    public static StaticServer bind(Path folder, String basePath) {
        if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
            throw new IllegalArgumentException("base path must start and end with /: " + basePath);
        }
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
                Thread thread = new Thread(r, "static-server");
                thread.setDaemon(true);
                return thread;
            });
            server.setExecutor(executor);
            StaticServer result = new StaticServer(server, executor, folder.toAbsolutePath().normalize(), basePath);
            server.createContext("/", result::handle);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("could not bind a port on 127.0.0.1", e);
        }
    }

    public StaticServer start() {
        server.start();
        return this;
    }

    /** The site's address, like {@code http://127.0.0.1:40123/hiring/}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + basePath;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            if (!path.startsWith(basePath)) {
                notFound(exchange);
                return;
            }
            Path file = folder.resolve(path.substring(basePath.length())).normalize();
            if (!file.startsWith(folder)) {
                notFound(exchange);
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    exchange.getResponseHeaders().set("Location", path + "/");
                    send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                notFound(exchange);
                return;
            }
            send(exchange, 200, typeOf(file), Files.readAllBytes(file));
        }
    }

    private void notFound(HttpExchange exchange) throws IOException {
        Path page = folder.resolve("404.html");
        byte[] body = Files.isRegularFile(page) ? Files.readAllBytes(page) : "not found".getBytes();
        send(exchange, 404, Files.isRegularFile(page) ? TYPES.get("html") : "text/plain", body);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static String typeOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }
}
