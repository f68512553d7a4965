package dev.hireguide.cli;

import dev.hireguide.build.BuildDate;
import dev.hireguide.scaffold.Scaffolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code hireguide new}: writes a new content file from its type's archetype. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Writes a new content file from the theme's archetype for TYPE, and prints its path.")
public final class NewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TYPE", description = "The content type, e.g. page.")
    String type;

    @Parameters(index = "1", paramLabel = "SLUG", description = "The file name without .md; may name folders, e.g. guides/fastapi.")
    String slug;

    @Option(names = "--root", paramLabel = "DIR", description = "The site's folder, which holds content/ (default: the current folder).")
    Path root = Path.of(".");

    @Option(names = "--theme", paramLabel = "NAME", description = "The theme whose archetypes to use (default: default).")
    String theme = "default";

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            String path = new Scaffolder(root, theme).create(type, slug, today());
            spec.commandLine().getOut().println(path);
            return ExitCodes.OK;
        } catch (Scaffolder.ScaffoldException e) {
            err.println("hireguide: error: " + e.getMessage());
            err.println("  hint: " + e.hint());
            return e.isUsage() ? ExitCodes.USAGE : ExitCodes.IO;
        }
    }

    private static LocalDate today() {
        return BuildDate.today();
    }
}
