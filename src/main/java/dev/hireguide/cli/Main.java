package dev.hireguide.cli;

import dev.hireguide.build.Preload;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** {@code hireguide}: the entry point, which dispatches to the commands. */
@Command(name = "hireguide", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Builds hiring guides written in Markdown and YAML into a static site.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success (warnings allowed)", "1:problems in content, configuration or a theme",
            "2:wrong usage", "3:reading or writing files failed"})
public final class Main implements Runnable {

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** The commands that build a site, for which the libraries are readied before the command line is read. */
    private static final Set<String> BUILDS = Set.of("build", "check", "serve");

    /** Runs a command line and returns its exit code; tests call this with their own writers. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length > 0 && BUILDS.contains(args[0])) {
            // While picocli reads the command line: it and the JVM's start leave the second core idle.
            Preload.start();
        }
        CommandLine cli = new CommandLine(new Main());
        for (Object command : commandsFor(args)) {
            cli.addSubcommand(command);
        }
        // The user guide writes values as in site.yaml (`--audience internal`); the enums' names are upper case.
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // A stack trace is no help to an editor: say what failed, in one line.
            commandLine.getErr().println("hireguide: internal error: " + e);
            commandLine.getErr().println("  hint: this is a bug in hireguide; please report it with the command you ran");
            return ExitCodes.IO;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The commands to set up: only the one named first when there is one, else all (for help and
     * usage errors). Picocli reads every command's annotations, through reflection, when the
     * command is added: about 0.05 s of every build's start for the five it does not run.
     */
    static List<Object> commandsFor(String[] args) {
        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        all.put("build", BuildCommand::new);
        all.put("check", CheckCommand::new);
        all.put("new", NewCommand::new);
        all.put("serve", ServeCommand::new);
        all.put("bench-corpus", BenchCorpusCommand::new);
        all.put("bench-edit", BenchEditCommand::new);
        Supplier<Object> named = args.length == 0 ? null : all.get(args[0]);
        if (named != null) {
            return List.of(named.get());
        }
        List<Object> commands = new ArrayList<>();
        all.values().forEach(command -> commands.add(command.get()));
        commands.add(new CommandLine.HelpCommand());
        return commands;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a command is required: build, check, new, serve or bench-corpus");
    }
}
