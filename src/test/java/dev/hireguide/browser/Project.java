package dev.hireguide.browser;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the repository's files: the sample site, axe-core, and target/. */
public final class Project {

    private Project() {
    }

    /** The repository's root: failsafe passes it as {@code hireguide.root}; else the working folder. */
    public static Path root() {
        String root = System.getProperty("hireguide.root");
        return (root == null || root.isBlank() ? Path.of("") : Path.of(root)).toAbsolutePath().normalize();
    }

    public static Path target() {
        return root().resolve("target");
    }

    /** Where tests save screenshots for a person to look at. */
    public static Path screenshots() {
        return target().resolve("screenshots");
    }

    /** axe-core's script, installed by {@code npm ci} from package-lock.json. */
    public static Path axeScript() {
        Path script = root().resolve("node_modules/axe-core/axe.min.js");
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException("axe-core is not installed: " + script + " is missing. Run `npm ci` in "
                    + root() + " (.ci/run does this), which installs the version pinned in package-lock.json.");
        }
        return script;
    }
}
