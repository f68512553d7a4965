package dev.hireguide.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Decides whether a folder may be replaced by a build. hireguide deletes the old output, so it
 * must never be pointed at the site's sources, a parent of them, the home folder, the file
 * system root, or a folder of someone else's files.
 */
public final class OutputGuard {

    /** The file every output folder written by hireguide holds, so a later build knows it may replace it. */
    public static final String MARKER = ".hireguide-output";

    private OutputGuard() {
    }

    public static void check(Path out, Path root) throws OutputException {
        Path target = out.toAbsolutePath().normalize();
        Path site = root.toAbsolutePath().normalize();
        Path content = site.resolve("content");
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
        if (target.getParent() == null) {
            throw refuse(out, "it is the root of the file system");
        }
        if (site.startsWith(target)) {
            throw refuse(out, "it is the site's folder or a parent of it");
        }
        if (target.startsWith(content)) {
            throw refuse(out, "it is inside content/");
        }
        if (target.equals(home) || home.startsWith(target)) {
            throw refuse(out, "it is your home folder or a parent of it");
        }
        if (Files.exists(target)) {
            if (!Files.isDirectory(target)) {
                throw refuse(out, "it is a file, not a folder");
            }
            if (!Files.exists(target.resolve(MARKER)) && !isEmpty(target)) {
                throw OutputException.refused(
                        "refusing to replace " + out + ": the folder has files that hireguide did not write",
                        "choose an empty or new folder with --out, or delete this one yourself");
            }
        }
    }

    private static OutputException refuse(Path out, String why) {
        return OutputException.refused("refusing to write the site to " + out + ": " + why,
                "choose an output folder of its own with --out, like ./site");
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
