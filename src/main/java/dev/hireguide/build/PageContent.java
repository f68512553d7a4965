package dev.hireguide.build;

import dev.hireguide.diag.Diagnostic;
import dev.hireguide.markdown.RenderedMarkdown;
import dev.hireguide.markdown.SourceLink;
import dev.hireguide.template.FieldMarkdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A page's Markdown, rendered in the first pass: the body and every Markdown field of its front
 * matter (by JSON Pointer), with the links they make. The second pass builds the page's views
 * from it without rendering any Markdown again.
 *
 * @param body        the body, or null when the page failed before it was rendered
 * @param fields      each Markdown field's rendering, by pointer ({@code /questions/3/deep_answer})
 * @param diagnostics the problems of the page's Markdown
 */
record PageContent(RenderedMarkdown body, Map<String, RenderedMarkdown> fields, List<Diagnostic> diagnostics) {

    PageContent {
        fields = Map.copyOf(fields);
        diagnostics = List.copyOf(diagnostics);
    }

    static PageContent failed(Diagnostic problem) {
        return new PageContent(null, Map.of(), List.of(problem));
    }

    boolean isFailed() {
        return body == null;
    }

    /** Every link of the body and the fields, in that order. */
    List<SourceLink> links() {
        List<SourceLink> links = new ArrayList<>(body == null ? List.of() : body.links());
        fields.values().forEach(f -> links.addAll(f.links()));
        return links;
    }

    /** The fields as the second pass reads them: each one's HTML from the first pass. */
    FieldMarkdown replay() {
        return new Fields((text, pointer) -> {
            RenderedMarkdown field = fields.get(pointer);
            return field == null ? "" : field.html();
        });
    }

    /**
     * Renders fields as the type's view asks for them, recording each rendering by pointer.
     * The view is built once this way only to learn which fields hold Markdown.
     */
    static final class Recorder {
        private final Map<String, RenderedMarkdown> fields = new LinkedHashMap<>();
        private final BiFunction<String, String, RenderedMarkdown> render;

        /** @param render renders a field's text, given the text and its pointer */
        Recorder(BiFunction<String, String, RenderedMarkdown> render) {
            this.render = render;
        }

        FieldMarkdown markdown() {
            return new Fields((text, pointer) -> {
                RenderedMarkdown field = render.apply(text, pointer);
                fields.put(pointer, field);
                return field.html();
            });
        }

        PageContent content(RenderedMarkdown body) {
            List<Diagnostic> diagnostics = new ArrayList<>(body.diagnostics());
            fields.values().forEach(f -> diagnostics.addAll(f.diagnostics()));
            return new PageContent(body, fields, diagnostics);
        }
    }

    /** Block fields as rendered; inline fields the same, without a lone paragraph around them. */
    private record Fields(BiFunction<String, String, String> html) implements FieldMarkdown {

        @Override
        public String block(String text, String pointer) {
            return text.isBlank() ? "" : html.apply(text, pointer);
        }

        @Override
        public String inline(String text, String pointer) {
            String html = block(text, pointer).strip();
            if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0) {
                return html.substring(3, html.length() - 4);
            }
            return html;
        }
    }
}
