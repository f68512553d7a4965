package dev.hireguide.template;

import dev.hireguide.diag.SourcePosition;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The URLs one rendering of a template makes with {@code url()}, with the template file and line
 * of each call, so that the link check can report a broken one there. One collector per
 * rendering, handed to {@link UrlFunction} as a variable of the template's context.
 */
public final class TemplateLinks {

    /** The context variable that holds the collector; not meant for templates to use. */
    static final String VARIABLE = "_hireguide_links";

    /** A URL {@code url()} returned, and the template file and line of the call. */
    public record Made(String url, SourcePosition position) {
    }

    private final Function<String, String> describe;
    private final List<Made> made = new ArrayList<>();

    /** @param describe how a template's path is printed, from its name */
    TemplateLinks(Function<String, String> describe) {
        this.describe = describe;
    }

    void add(String url, String template, int line) {
        made.add(new Made(url, SourcePosition.of(describe.apply(template), line, 0)));
    }

    List<Made> made() {
        return List.copyOf(made);
    }
}
