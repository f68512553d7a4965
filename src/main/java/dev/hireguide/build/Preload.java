package dev.hireguide.build;

import dev.hireguide.content.PageParser;
import dev.hireguide.markdown.MarkdownOptions;
import dev.hireguide.markdown.MarkdownRenderer;
import dev.hireguide.template.TemplateRenderer;
import dev.hireguide.template.ThemeLoader;
import dev.hireguide.yaml.YamlBinder;

/**
 * Readies the libraries a build uses (Jackson, Flexmark, Pebble) on a thread of its own while the
 * command line is read and the build starts. Loading and initialising their classes, and running
 * their code the first few times, is one thread's work that the build would otherwise wait for,
 * while the second core is idle: a 1,000-page build took 1.99 s without it and 1.90 s with it
 * (medians of 20 alternating builds). What it makes is thrown away but for the shared YAML
 * binder's readers for the front matter's types (see {@link YamlBinder#shared}), which bind as
 * readers made by the build would; only those and the classes stay, so it changes no output, and
 * what the build reaches first is simply made by the build.
 */
public final class Preload {

    private Preload() {
    }

    /** Starts readying on a daemon thread, which never holds the program up at its end; returns the thread. */
    public static Thread start() {
        Thread thread = new Thread(Preload::run, "hireguide-preload");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Readies the libraries; whether all went as it should (for tests: a readying that fails is silent). */
    static boolean run() {
        try {
            // The build's own binder, readied for the front matter's types: what Jackson works out
            // for them is kept for the build (see YamlBinder.shared).
            YamlBinder.shared().prepare(PageParser.boundTypes());
            boolean rendered = new MarkdownRenderer(new MarkdownOptions("/"))
                    .render("# A *page*\n\n- a [link](/x/)\n", "preload.md", 1).diagnostics().isEmpty();
            boolean found = new TemplateRenderer(new ThemeLoader(null, "themes/default/templates"), "/").exists("page.peb");
            return rendered && found;
        } catch (Throwable e) {
            // Only a head start: the build makes all of these again, and reports any problem then.
            return false;
        }
    }
}
