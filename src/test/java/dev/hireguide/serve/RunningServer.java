package dev.hireguide.serve;

import dev.hireguide.build.BuildOptions;
import dev.hireguide.build.BuildProgress;
import dev.hireguide.build.BuildResult;
import dev.hireguide.testing.TestSite;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A dev server on a test site, on 127.0.0.1 and a free port, with helpers to request pages
 * (java.net.http, or a raw socket for requests HttpClient would normalise) and to read the
 * live-reload event stream. Every wait is bounded.
 */
final class RunningServer implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(30);

    final TestSite site;
    final DevServer server;
    final List<String> lines = new CopyOnWriteArrayList<>();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(WAIT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    RunningServer(TestSite site) throws IOException {
        this.site = site;
        BuildOptions build = BuildOptions.of(site.root()).withToday(LocalDate.of(2026, 3, 1));
        DevServer.Reporter reporter = new DevServer.Reporter() {
            @Override
            public void rebuilt(String line, BuildResult result) {
                lines.add(line);
            }

            @Override
            public void problem(String message) {
                lines.add("problem: " + message);
            }
        };
        this.server = DevServer.open(new ServeOptions(build, InetAddress.getByName("127.0.0.1"), 0), reporter,
                BuildProgress.NONE).start();
    }

    int port() {
        return server.port();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).timeout(WAIT).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    /** Sends {@code request} as it is over a socket and returns the whole response, head and body. */
    String raw(String request) {
        try (Socket socket = new Socket("127.0.0.1", port())) {
            socket.setSoTimeout((int) WAIT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends {@code request} over a socket and returns the status line of the response only. */
    String statusLine(String request) {
        try (Socket socket = new Socket("127.0.0.1", port())) {
            socket.setSoTimeout((int) WAIT.toMillis());
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1)).readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A GET over a socket with a good Host header and the connection closed after it. */
    String rawGet(String target) {
        return raw("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port() + "\r\nConnection: close\r\n\r\n");
    }

    static int status(String rawResponse) {
        return Integer.parseInt(rawResponse.substring(9, 12));
    }

    /** Opens the event stream; its lines arrive in the returned queue. */
    Events events() {
        HttpRequest request = HttpRequest.newBuilder(uri(LiveReload.EVENTS_PATH)).GET().build();
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        HttpResponse<Stream<String>> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofLines());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Thread pump = new Thread(() -> {
            try (Stream<String> body = response.body()) {
                body.forEach(queue::add);
            } catch (RuntimeException e) {
                // The stream ended with the server.
            }
        }, "test-events");
        pump.setDaemon(true);
        pump.start();
        return new Events(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), queue);
    }

    /** The event stream of one page: its status, content type and lines. */
    record Events(int status, String contentType, BlockingQueue<String> lines) {

        /** Waits for the event {@code name} and returns its data line. */
        String await(String name) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            boolean inEvent = false;
            while (System.nanoTime() < deadline) {
                String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (line == null) {
                    break;
                }
                if (line.startsWith("event: ")) {
                    inEvent = line.equals("event: " + name);
                } else if (inEvent && line.startsWith("data: ")) {
                    return line.substring("data: ".length());
                }
            }
            throw new AssertionError("no `" + name + "` event within " + WAIT.toSeconds() + " s");
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
