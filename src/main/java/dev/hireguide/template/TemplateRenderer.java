package dev.hireguide.template;

import dev.hireguide.diag.Diagnostic;
import dev.hireguide.diag.SourcePosition;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The build's one Pebble engine. Autoescaping is on, so text from content is escaped unless a
 * template marks trusted HTML with {@code | raw}; strict variables are on, so a misspelt
 * variable is an error rather than an empty string.
 */
public final class TemplateRenderer {

    private final ThemeLoader loader;
    private final PebbleEngine engine;
    private final Map<String, String> described = new ConcurrentHashMap<>();
    private final Map<String, Boolean> existing = new ConcurrentHashMap<>();
    private final TemplateTexts texts = new TemplateTexts();

    public TemplateRenderer(ThemeLoader loader, String basePath) {
        this.loader = loader;
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .addEscapingStrategy("html", new HtmlEscaper())
                .strictVariables(true)
                .defaultLocale(Locale.ENGLISH)
                .extension(new HireguideExtension(basePath, texts))
                .build();
    }

    /**
     * A rendered page, or the diagnostic that explains why there is none.
     *
     * @param links the URLs the templates made with {@code url()}, with the file and line of each call
     */
    public record Result(Optional<String> html, Optional<Diagnostic> problem, List<TemplateLinks.Made> links) {
        public Result {
            links = List.copyOf(links);
        }
    }

    /** How a template's path is printed in diagnostics, e.g. {@code themes/default/templates/page.peb}. */
    public String describe(String template) {
        // Describing looks the file up; links made on every page would do that thousands of times.
        return described.computeIfAbsent(template, loader::describe);
    }

    public boolean exists(String template) {
        // Looking a template up reads it; every page asks for its own, so the answer is kept
        // (like the compiled templates, for as long as this engine lives).
        return existing.computeIfAbsent(template, loader::resourceExists);
    }

    public Result render(String template, SiteView site, PageView page) {
        try {
            PebbleTemplate compiled = engine.getTemplate(template);
            PageOutput out = new PageOutput(texts);
            TemplateLinks links = new TemplateLinks(this::describe);
            compiled.evaluate(out, Map.of("site", site, "page", page, TemplateLinks.VARIABLE, links));
            return new Result(Optional.of(out.toString()), Optional.empty(), links.made());
        } catch (PebbleException e) {
            return failed(problem(e, template));
        } catch (StackOverflowError e) {
            return failed(Diagnostic.error(SourcePosition.of(loader.describe(template)),
                    "templates include or extend each other in a cycle",
                    "check the {% include %} and {% extends %} tags: a template must not end up including itself"));
        } catch (IOException | RuntimeException e) {
            return failed(Diagnostic.error(SourcePosition.of(loader.describe(template)),
                    "template failed: " + e.getMessage(), "check the template near the tag that uses this value"));
        }
    }

    private Diagnostic problem(PebbleException e, String template) {
        String file = loader.describe(e.getFileName() != null ? e.getFileName() : template);
        int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
        return Diagnostic.error(SourcePosition.of(file, line, 0), TemplateMessages.clean(e), TemplateMessages.hint(e));
    }

    private static Result failed(Diagnostic diagnostic) {
        return new Result(Optional.empty(), Optional.of(diagnostic), List.of());
    }
}
