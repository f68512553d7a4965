package dev.hireguide.template;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.NodeVisitorFactory;

import java.util.List;
import java.util.Map;

/**
 * Registers the project's template functions with Pebble, its faster {@code date} filter, its
 * reader of view records and its record of the templates' text.
 */
public final class HireguideExtension extends AbstractExtension {

    private final String basePath;
    private final TemplateTexts texts;

    HireguideExtension(String basePath, TemplateTexts texts) {
        this.basePath = basePath;
        this.texts = texts;
    }

    public HireguideExtension(String basePath) {
        this(basePath, new TemplateTexts());
    }

    /** Keeps the text of each template as it is compiled, for {@link PageOutput}. */
    @Override
    public List<NodeVisitorFactory> getNodeVisitors() {
        return List.of(texts);
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of("url", new UrlFunction(basePath));
    }

    /** Reads the view records' components before Pebble's reflective resolver, which runs after extensions. */
    @Override
    public List<AttributeResolver> getAttributeResolver() {
        return List.of(new RecordComponentResolver());
    }

    /** Replaces Pebble's own {@code date} filter: extensions are added after Pebble's core one. */
    @Override
    public Map<String, Filter> getFilters() {
        return Map.of("date", new RememberedDateFilter());
    }
}
