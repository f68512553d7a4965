package dev.hireguide.template;

import dev.hireguide.diag.Diagnostic;
import dev.hireguide.diag.SourcePosition;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The build's one Pebble engine. Autoescaping is on, so text from content is escaped unless a
 * template marks trusted HTML with {@code | raw}; strict variables are on, so a misspelt
 * variable is an error rather than an empty string.
 */
public final class TemplateRenderer {

    private final ThemeLoader loader;
    private final PebbleEngine engine;

    public TemplateRenderer(ThemeLoader loader, String basePath) {
        this.loader = loader;
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .strictVariables(true)
                .defaultLocale(Locale.ENGLISH)
                .extension(new HireguideExtension(basePath))
                .build();
    }

    /** A rendered page, or the diagnostic that explains why there is none. */
    public record Result(Optional<String> html, Optional<Diagnostic> problem) {
    }

    public boolean exists(String template) {
        return loader.resourceExists(template);
    }

    public Result render(String template, SiteView site, PageView page) {
        try {
            PebbleTemplate compiled = engine.getTemplate(template);
            StringWriter out = new StringWriter();
            compiled.evaluate(out, Map.of("site", site, "page", page));
            return new Result(Optional.of(out.toString()), Optional.empty());
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
        return new Result(Optional.empty(), Optional.of(diagnostic));
    }
}
