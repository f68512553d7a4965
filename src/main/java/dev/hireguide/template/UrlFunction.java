package dev.hireguide.template;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.util.List;
import java.util.Map;

/** {@code url("css/site.css")}: a site path as a URL under the base path, so sites hosted under a folder work. */
public final class UrlFunction implements Function {

    private final String basePath;

    public UrlFunction(String basePath) {
        this.basePath = basePath;
    }

    @Override
    public List<String> getArgumentNames() {
        return List.of("path");
    }

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        Object path = args.get("path");
        if (path == null) {
            throw new PebbleException(null, "url() needs a path, like url(\"css/site.css\")", lineNumber, self.getName());
        }
        String url = resolve(basePath, path.toString());
        if (context.getVariable(TemplateLinks.VARIABLE) instanceof TemplateLinks links) {
            links.add(url, self.getName(), lineNumber);
        }
        return url;
    }

    /** Joins the base path and a site path; absolute URLs and fragments are returned unchanged. */
    public static String resolve(String basePath, String path) {
        if (path.contains("://") || path.startsWith("#") || path.startsWith("mailto:")) {
            return path;
        }
        if (path.startsWith(basePath) && !basePath.equals("/")) {
            return path;
        }
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return basePath + relative;
    }
}
