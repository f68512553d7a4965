package dev.hireguide.content;

import dev.hireguide.diag.Diagnostic;
import dev.hireguide.yaml.BindResult;
import dev.hireguide.yaml.StrictYaml;
import dev.hireguide.yaml.YamlBinder;
import dev.hireguide.yaml.YamlDocument;
import dev.hireguide.yaml.YamlResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads one page's bytes into a {@link PageSource}, or into the diagnostics that say what is wrong. */
public final class PageParser {

    /** Letters, digits, dashes and underscores: a slug never contains a slash or a dot. */
    private static final Pattern SLUG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_-]*");
    private static final Pattern LAYOUT = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    private final YamlBinder binder;

    public PageParser(YamlBinder binder) {
        this.binder = binder;
    }

    /** The page when it is valid, and every diagnostic found in it. */
    public record Result(Optional<PageSource> page, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    public Result parse(String relPath, byte[] bytes) {
        String file = "content/" + relPath;
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, file);
        if (decoded.text().isEmpty()) {
            return new Result(Optional.empty(), List.of(decoded.problem().orElseThrow()));
        }
        return parse(relPath, decoded.text().get());
    }

    public Result parse(String relPath, String text) {
        String file = "content/" + relPath;
        FrontMatter.Result split = FrontMatter.split(text, file);
        if (split.split().isEmpty()) {
            return new Result(Optional.empty(), List.of(split.problem().orElseThrow()));
        }
        FrontMatter.Split parts = split.split().get();
        YamlResult yaml = StrictYaml.parse(parts.yaml(), file, parts.yamlFirstLine());
        List<Diagnostic> diagnostics = new ArrayList<>(yaml.diagnostics());
        if (yaml.document().isEmpty()) {
            return new Result(Optional.empty(), diagnostics);
        }
        YamlDocument doc = yaml.document().get();
        BindResult<PageMeta> bound = binder.bind(doc, "", PageMeta.class);
        diagnostics.addAll(bound.diagnostics());
        if (bound.value().isEmpty()) {
            return new Result(Optional.empty(), diagnostics);
        }
        PageMeta meta = bound.value().get();
        int before = diagnostics.size();
        if (meta.title() == null || meta.title().isBlank()) {
            diagnostics.add(YamlBinder.missingField(doc, "", "title", "add `title: …` to the front matter"));
        }
        if (meta.slug() != null && !SLUG.matcher(meta.slug()).matches()) {
            diagnostics.add(Diagnostic.error(doc.positionOf("/slug"),
                    "slug `" + meta.slug() + "` is not a single URL segment",
                    "use letters, digits and dashes only, like `fastapi-developers`"));
        }
        if (meta.layout() != null && !LAYOUT.matcher(meta.layout()).matches()) {
            diagnostics.add(Diagnostic.error(doc.positionOf("/layout"),
                    "layout `" + meta.layout() + "` is not a template name",
                    "name a template of the theme without `.peb`, like `page`"));
        }
        if (diagnostics.size() > before) {
            return new Result(Optional.empty(), diagnostics);
        }
        return new Result(Optional.of(new PageSource(relPath, file, meta, parts.body(), parts.bodyFirstLine())),
                diagnostics);
    }
}
