package dev.hireguide.bench;

/**
 * A page's text, ready to be written for either tool.
 *
 * @param path   the file under content/, e.g. {@code guides/x.md} or {@code _index.md}
 * @param common the fields both tools read
 * @param typed  hireguide's own front matter (the type's fields and {@code related:}), maybe empty
 * @param body   the Markdown body, the same for both tools
 */
record GeneratedPage(String path, CommonFields common, String typed, String body) {

    /** The file as hireguide reads it. */
    String hireguideText() {
        return "---\n" + common.hireguideYaml() + typed + "---\n" + body;
    }

    /**
     * The file as Hugo reads it: hireguide's own fields are kept, one level down under
     * {@code params:}, so that Hugo parses as much YAML as hireguide does, and so that none of
     * them (such as {@code aliases:}) means something else to Hugo.
     */
    String hugoText() {
        String params = typed.isEmpty() ? "" : "params:\n" + typed.indent(2);
        return "---\n" + common.hugoYaml() + params + "---\n" + body;
    }
}
