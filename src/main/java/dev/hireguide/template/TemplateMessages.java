package dev.hireguide.template;

import io.pebbletemplates.pebble.error.PebbleException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns Pebble's exception texts into short messages with a hint of what to do. */
final class TemplateMessages {

    private static final Pattern ROOT_ATTRIBUTE = Pattern.compile("Root attribute \\[(.+?)\\] does not exist");
    private static final Pattern ATTRIBUTE = Pattern.compile("Attribute \\[(.+?)\\] of \\[(.+?)\\] does not exist");
    private static final Pattern FILTER = Pattern.compile("[Ff]ilter \\[(.+?)\\] does not exist");
    private static final Pattern FUNCTION = Pattern.compile("[Ff]unction or [Mm]acro \\[(.+?)\\] does not exist");

    private TemplateMessages() {
    }

    static String clean(PebbleException e) {
        String raw = e.getPebbleMessage() == null ? String.valueOf(e.getMessage()) : e.getPebbleMessage();
        Matcher m = ROOT_ATTRIBUTE.matcher(raw);
        if (m.find()) {
            return "undefined variable `" + m.group(1) + "`";
        }
        m = ATTRIBUTE.matcher(raw);
        if (m.find()) {
            return "`" + m.group(2).replaceAll(".*\\.", "") + "` has no field `" + m.group(1) + "`";
        }
        m = FILTER.matcher(raw);
        if (m.find()) {
            return "unknown filter `" + m.group(1) + "`";
        }
        m = FUNCTION.matcher(raw);
        if (m.find()) {
            return "unknown function `" + m.group(1) + "`";
        }
        return raw.strip().replaceAll("\\s+", " ");
    }

    static String hint(PebbleException e) {
        String message = clean(e);
        if (message.startsWith("undefined variable") || message.contains("has no field")) {
            return "templates see `site` and `page`; see README.md, \"Themes\", for their fields";
        }
        if (message.startsWith("unknown filter") || message.startsWith("unknown function")) {
            return "check the spelling; Pebble's built-in filters and functions, and `url()`, are available";
        }
        return "fix the template at this line";
    }
}
