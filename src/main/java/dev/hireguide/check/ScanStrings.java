package dev.hireguide.check;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One instance of each id, link and image among the pages a build scans. Most are on many
 * pages (the navigation, the styles and scripts, the links to glossary terms and to a guide's
 * sections), and a build keeps every page's scan until its link check: at 10,000 pages that
 * was over half a million links, each an object and a string of its own, for a few tens of
 * thousands of distinct ones. Each one kept once costs the collector less to move into the old
 * generation, and memory. Thread-safe: the workers scan pages at the same time. One per build,
 * so that a long {@code serve} session does not keep the links of every build it made.
 */
public final class ScanStrings {

    private final ConcurrentHashMap<String, String> ids = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, HtmlScanner.Attribute> hrefs = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, HtmlScanner.Attribute> srcs = new ConcurrentHashMap<>();

    /** The instance of this id that the build keeps. */
    String id(String id) {
        String known = ids.putIfAbsent(id, id);
        return known == null ? id : known;
    }

    /** An {@code href} attribute with this value, the same instance for every page that has it. */
    HtmlScanner.Attribute href(String value) {
        return attribute(hrefs, "href", value);
    }

    /** A {@code src} attribute with this value, the same instance for every page that has it. */
    HtmlScanner.Attribute src(String value) {
        return attribute(srcs, "src", value);
    }

    private static HtmlScanner.Attribute attribute(ConcurrentHashMap<String, HtmlScanner.Attribute> known,
                                                   String name, String value) {
        // A look-up first: most values are known, and a get takes no lock.
        HtmlScanner.Attribute attribute = known.get(value);
        if (attribute == null) {
            HtmlScanner.Attribute made = new HtmlScanner.Attribute(name, value);
            attribute = known.putIfAbsent(value, made);
            if (attribute == null) {
                attribute = made;
            }
        }
        return attribute;
    }
}
