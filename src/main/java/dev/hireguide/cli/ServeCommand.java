package dev.hireguide.cli;

import dev.hireguide.build.BuildOptions;
import dev.hireguide.build.BuildResult;
import dev.hireguide.content.Audience;
import dev.hireguide.serve.DevServer;
import dev.hireguide.serve.ServeOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;

/** {@code hireguide serve}: builds, serves the site, and rebuilds and reloads it on every change. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the site in DIR/content, serves it at http://127.0.0.1:1313/, and rebuilds it "
                + "when a file in content/ or themes/ changes; open pages reload, and show build errors over "
                + "the last good site. Ctrl-C stops it.",
            "The site is built into a temporary folder of its own, never into DIR/site."})
public final class ServeCommand implements Callable<Integer> {

    private static final Pattern IP_LITERAL = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)|[0-9a-fA-F]*:[0-9a-fA-F:.]*");

    @Spec
    CommandSpec spec;

    @Option(names = "--root", paramLabel = "DIR", description = "The site's folder, which holds content/ (default: the current folder).")
    Path root = Path.of(".");

    @Option(names = "--port", paramLabel = "PORT", description = "The port to listen on (default: 1313; 0 picks a free one).")
    int port = 1313;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "The address to listen on (default: 127.0.0.1, this computer only; 0.0.0.0 serves your whole network).")
    String bind = "127.0.0.1";

    @Option(names = "--drafts", description = "Include pages marked draft: true.")
    boolean drafts;

    @Option(names = "--audience", paramLabel = "AUDIENCE",
            description = "public (leave out everything internal) or internal (include all, marked); default: site.yaml's audience.")
    Audience audience;

    @Option(names = "--quiet", description = "Print only errors and one line per build.")
    boolean quiet;

    @Option(names = "--timings", description = "After each build's line, print the time each stage took.")
    boolean timings;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            return usage(err, "--port " + port + " is not a port", "use a number from 1 to 65535, or 0 for any free port");
        }
        InetAddress address;
        try {
            address = bindAddress(bind);
        } catch (UnknownHostException e) {
            return usage(err, "--bind `" + bind + "` is not an IP address",
                    "use 127.0.0.1 (this computer only), ::1, or 0.0.0.0 (every network this computer is on)");
        }
        if (!Files.isDirectory(root.resolve("content"))) {
            return usage(err, "there is no content/ folder in " + root.toAbsolutePath().normalize(),
                    "run hireguide in the site's folder, or name it with --root DIR");
        }
        BuildOptions build = BuildOptions.of(root).withDrafts(drafts);
        if (audience != null) {
            build = build.withAudience(audience);
        }
        DevServer server;
        try {
            server = DevServer.open(new ServeOptions(build, address, port), reporter(out, err, quiet, timings),
                    ProgressLine.forConsole(err, quiet));
        } catch (BindException e) {
            return usage(err, "cannot listen on " + bind + ":" + port + " (" + e.getMessage() + ")",
                    "another program uses the port; choose another with --port, or --port 0 for any free one");
        } catch (IOException e) {
            err.println("hireguide: error: cannot start the server: " + e.getMessage());
            err.println("  hint: check that the temporary folder can be written");
            return ExitCodes.IO;
        }
        CountDownLatch stopped = stopOnShutdown(server);
        server.start();
        if (address.isAnyLocalAddress()) {
            err.println("hireguide: warning: serving to every network this computer is on (--bind " + bind
                    + "); anyone who can reach it can read the site");
        }
        out.println("Serving " + root.toAbsolutePath().normalize() + " at " + server.url() + " (Ctrl-C to stop)");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }

    /**
     * Ctrl-C (or a TERM signal) starts the JVM's shutdown; this hook closes the server and the
     * watcher, deletes the built site, and ends the process with 0, as stopping the server on
     * purpose is not a failure. Registered before the first build, so that a stop at any
     * moment is clean.
     */
    private static CountDownLatch stopOnShutdown(DevServer server) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
            Runtime.getRuntime().halt(ExitCodes.OK);
        }, "hireguide-serve-stop"));
        return stopped;
    }

    /** A literal address, or localhost; never a name to look up, so that --bind cannot surprise. */
    static InetAddress bindAddress(String text) throws UnknownHostException {
        if (text.equals("localhost")) {
            return InetAddress.getByName("127.0.0.1");
        }
        String bare = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (!IP_LITERAL.matcher(bare).matches()) {
            throw new UnknownHostException(text);
        }
        return InetAddress.getByName(bare);
    }

    private static DevServer.Reporter reporter(PrintWriter out, PrintWriter err, boolean quiet, boolean timings) {
        return new DevServer.Reporter() {
            @Override
            public void rebuilt(String line, BuildResult result) {
                BuildCommand.report(result, err, quiet);
                err.flush();
                out.println(line);
                if (timings) {
                    BuildCommand.printTimings(result, out);
                }
                out.flush();
            }

            @Override
            public void problem(String message) {
                err.println("hireguide: error: " + message);
                err.flush();
            }
        };
    }

    private static int usage(PrintWriter err, String message, String hint) {
        err.println("hireguide: error: " + message);
        err.println("  hint: " + hint);
        return ExitCodes.USAGE;
    }
}
