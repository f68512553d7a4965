package dev.hireguide.config;

import dev.hireguide.content.Audience;
import dev.hireguide.diag.Diagnostic;
import dev.hireguide.diag.SourcePosition;
import dev.hireguide.yaml.BindResult;
import dev.hireguide.yaml.StrictYaml;
import dev.hireguide.yaml.YamlBinder;
import dev.hireguide.yaml.YamlDocument;
import dev.hireguide.yaml.YamlResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns the text of site.yaml into a {@link SiteConfig}, reporting every problem with its position. */
public final class SiteConfigLoader {

    /** Where site.yaml lives, relative to the site root; also the file name used in diagnostics. */
    public static final String PATH = "content/site.yaml";

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern THEME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    private final YamlBinder binder;

    public SiteConfigLoader(YamlBinder binder) {
        this.binder = binder;
    }

    /** The result of loading: a config when there were no errors, and every diagnostic. */
    public record Result(Optional<SiteConfig> config, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    public Result load(String text) {
        YamlResult parsed = StrictYaml.parse(text, PATH, 1);
        List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
        if (parsed.document().isEmpty()) {
            return new Result(Optional.empty(), diagnostics);
        }
        YamlDocument doc = parsed.document().get();
        BindResult<SiteConfigFile> bound = binder.bind(doc, "", SiteConfigFile.class);
        diagnostics.addAll(bound.diagnostics());
        if (bound.value().isEmpty()) {
            return new Result(Optional.empty(), diagnostics);
        }
        SiteConfigFile file = bound.value().get();
        String title = file.title();
        if (title == null || title.isBlank()) {
            diagnostics.add(YamlBinder.missingField(doc, "", "title", "add `title: Hiring guides` (the site's name)"));
        }
        String baseUrl = null;
        if (file.baseUrl() == null) {
            diagnostics.add(YamlBinder.missingField(doc, "", "base_url",
                    "add the address the site is published at, e.g. `base_url: https://intranet.example.com/hiring/`"));
        } else {
            baseUrl = BaseUrl.normalise(file.baseUrl()).orElse(null);
            if (baseUrl == null) {
                diagnostics.add(Diagnostic.error(doc.positionOf("/base_url"),
                        "base_url `" + file.baseUrl() + "` is not an absolute http(s) URL",
                        "write it like `https://intranet.example.com/hiring/`, without a query or fragment"));
            }
        }
        String language = file.language() == null ? "en" : file.language();
        if (!LANGUAGE.matcher(language).matches()) {
            diagnostics.add(Diagnostic.error(doc.positionOf("/language"),
                    "language `" + language + "` is not a language tag", "use a tag such as `en` or `en-GB`"));
        }
        String theme = file.theme() == null ? "default" : file.theme();
        if (!THEME.matcher(theme).matches()) {
            diagnostics.add(Diagnostic.error(doc.positionOf("/theme"),
                    "theme `" + theme + "` is not a folder name",
                    "use the name of a folder under themes/, in lowercase letters, digits and dashes"));
        }
        int staleAfter = file.staleAfterMonths() == null ? 12 : file.staleAfterMonths();
        if (staleAfter < 1) {
            diagnostics.add(Diagnostic.error(doc.positionOf("/stale_after_months"),
                    "stale_after_months must be at least 1", "the default is 12: market data older than a year is flagged"));
        }
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return new Result(Optional.empty(), diagnostics);
        }
        String description = file.description() == null ? "" : file.description().strip();
        return new Result(Optional.of(new SiteConfig(title.strip(), description, baseUrl, language, theme, staleAfter,
                file.audience() == null ? Audience.PUBLIC : file.audience(),
                file.pageAudience() == null ? Audience.PUBLIC : file.pageAudience())), diagnostics);
    }

    /** The diagnostic for a site without site.yaml. */
    public static Diagnostic missingFile() {
        return Diagnostic.error(SourcePosition.of(PATH), "the site has no configuration file",
                "create content/site.yaml with at least `title:` and `base_url:`");
    }
}
