package dev.hireguide.check;

import org.jsoup.parser.Parser;

/** Character references in attribute values ({@code &amp;}), decoded as a browser does. */
final class Entities {

    private Entities() {
    }

    static String decode(String value) {
        return value.indexOf('&') < 0 ? value : Parser.unescapeEntities(value, true);
    }
}
