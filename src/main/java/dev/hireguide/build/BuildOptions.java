package dev.hireguide.build;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build and how.
 *
 * @param root    the site's folder, holding content/
 * @param out     the output folder
 * @param baseUrl a base URL that replaces site.yaml's, when given
 * @param drafts  include pages marked {@code draft: true}
 * @param write   write the output (false for {@code check}, which runs every other stage)
 */
public record BuildOptions(Path root, Path out, Optional<String> baseUrl, boolean drafts, boolean write) {

    /** Defaults: build {@code root} into {@code root/site}, no drafts. */
    public static BuildOptions of(Path root) {
        return new BuildOptions(root, root.resolve("site"), Optional.empty(), false, true);
    }

    public BuildOptions withOut(Path folder) {
        return new BuildOptions(root, folder, baseUrl, drafts, write);
    }

    public BuildOptions withDrafts(boolean include) {
        return new BuildOptions(root, out, baseUrl, include, write);
    }

    public BuildOptions checkOnly() {
        return new BuildOptions(root, out, baseUrl, drafts, false);
    }
}
