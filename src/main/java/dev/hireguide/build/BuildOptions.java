package dev.hireguide.build;

import dev.hireguide.content.Audience;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What to build and how.
 *
 * @param root    the site's folder, holding content/
 * @param out     the output folder
 * @param baseUrl a base URL that replaces site.yaml's, when given
 * @param drafts  include pages marked {@code draft: true}
 * @param write   write the output (false for {@code check}, which runs every other stage)
 * @param today   the build's date, against which the age of market data is judged
 * @param audience who the build is for; empty means site.yaml's {@code audience}
 * @param searchRecords where to write every search record as NDJSON for a search service, when given
 */
public record BuildOptions(Path root, Path out, Optional<String> baseUrl, boolean drafts, boolean write,
                           LocalDate today, Optional<Audience> audience, Optional<Path> searchRecords) {

    /** Defaults: build {@code root} into {@code root/site}, no drafts, dated today (or SOURCE_DATE_EPOCH). */
    public static BuildOptions of(Path root) {
        return new BuildOptions(root, root.resolve("site"), Optional.empty(), false, true, BuildDate.today(),
                Optional.empty(), Optional.empty());
    }

    public BuildOptions withOut(Path folder) {
        return new BuildOptions(root, folder, baseUrl, drafts, write, today, audience, searchRecords);
    }

    public BuildOptions withDrafts(boolean include) {
        return new BuildOptions(root, out, baseUrl, include, write, today, audience, searchRecords);
    }

    public BuildOptions withBaseUrl(String url) {
        return new BuildOptions(root, out, Optional.of(url), drafts, write, today, audience, searchRecords);
    }

    public BuildOptions withToday(LocalDate date) {
        return new BuildOptions(root, out, baseUrl, drafts, write, date, audience, searchRecords);
    }

    public BuildOptions withAudience(Audience reader) {
        return new BuildOptions(root, out, baseUrl, drafts, write, today, Optional.of(reader), searchRecords);
    }

    public BuildOptions withSearchRecords(Path file) {
        return new BuildOptions(root, out, baseUrl, drafts, write, today, audience, Optional.of(file));
    }

    public BuildOptions checkOnly() {
        return new BuildOptions(root, out, baseUrl, drafts, false, today, audience, searchRecords);
    }
}
