package dev.hireguide.serve;

import com.sun.net.httpserver.HttpExchange;
import dev.hireguide.diag.Diagnostic;
import dev.hireguide.diag.DiagnosticFormatter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The state of the served site (which build, and the errors of the last build if it failed)
 * and the Server-Sent Events stream that tells open pages about it. On connecting, a page gets
 * {@code hello} with the build it should show, then {@code errors} if the last build failed;
 * later, {@code reload} after each good rebuild and {@code errors} after each bad one.
 */
final class LiveReload {

    /** The event stream's path, on every server whatever the site's base path. */
    static final String EVENTS_PATH = "/__hireguide/events";
    /** The path of the script pages load to listen. */
    static final String SCRIPT_PATH = "/__hireguide/live.js";

    private static final int MAX_CLIENTS = 64;
    private static final String CLOSE = "";
    private static final long KEEP_ALIVE_SECONDS = 15;

    /** Which build the site is at, and the errors of the last build when it failed. */
    record State(int generation, List<Diagnostic> errors) {
        State {
            errors = List.copyOf(errors);
        }

        boolean failing() {
            return !errors.isEmpty();
        }
    }

    private final String serverId = UUID.randomUUID().toString().substring(0, 8);
    private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();
    private volatile State state = new State(1, List.of());
    private volatile boolean closed;

    State state() {
        return state;
    }

    /** What a page's script compares with {@code hello} to know whether the page is current. */
    String buildTag() {
        return serverId + "-" + state.generation();
    }

    /** A build succeeded; pages reload when the output changed or they show errors. */
    void succeeded(boolean outputChanged) {
        State before = state;
        if (!outputChanged && !before.failing()) {
            return;
        }
        state = new State(before.generation() + 1, List.of());
        broadcast(event("reload", buildTag()));
    }

    /** A build failed: pages keep showing the last good site, with these errors over it. */
    void failed(List<Diagnostic> diagnostics) {
        List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
        state = new State(state.generation(), errors);
        broadcast(event("errors", DiagnosticFormatter.json(errors)));
    }

    /** Serves one page's event stream until the page goes away or the server stops. */
    void stream(HttpExchange exchange) throws IOException {
        if (clients.size() >= MAX_CLIENTS || closed) {
            exchange.getResponseHeaders().set("Retry-After", "5");
            exchange.sendResponseHeaders(503, -1);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exchange.sendResponseHeaders(200, 0);
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        clients.add(queue);
        try (OutputStream body = exchange.getResponseBody()) {
            State now = state;
            String greeting = "retry: 1000\n\n" + event("hello", buildTag())
                    + (now.failing() ? event("errors", DiagnosticFormatter.json(now.errors())) : "");
            send(body, greeting);
            while (!closed) {
                String next = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                if (next == null) {
                    send(body, ": keep-alive\n\n");  // finds pages that went away
                } else if (next.equals(CLOSE)) {
                    break;
                } else {
                    send(body, next);
                }
            }
        } catch (IOException e) {
            // The page was closed or reloaded.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(queue);
        }
    }

    /** Ends every stream, so that the server can stop without waiting for them. */
    void close() {
        closed = true;
        for (BlockingQueue<String> queue : clients) {
            queue.add(CLOSE);
        }
    }

    private void broadcast(String event) {
        for (BlockingQueue<String> queue : clients) {
            queue.add(event);
        }
    }

    private static void send(OutputStream body, String text) throws IOException {
        body.write(text.getBytes(StandardCharsets.UTF_8));
        body.flush();
    }

    /** One event; {@code data} is a single line (the JSON of diagnostics escapes its line breaks). */
    private static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }
}
