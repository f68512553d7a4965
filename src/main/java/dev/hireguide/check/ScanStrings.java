package dev.hireguide.check;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

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
    /** Whether a link or image leads to a file whatever page it is on (see {@link #ScanStrings(LinkCheck)}). */
    private final Predicate<String> leadsSomewhere;
    /** The same answer for links as a page's bytes hold them, where it can tell without a string; or null. */
    private final WrittenPaths writtenPaths;

    /** Keeps every link and image for the check. */
    public ScanStrings() {
        this.leadsSomewhere = url -> false;
        this.writtenPaths = null;
    }

    /**
     * Leaves out of the pages' scans the links and images that {@code known} finds lead to a file
     * from any page ({@link LinkCheck#leadsSomewhereFromAnyPage}): most of every page's links, which the
     * check would only find good again. {@code known} must check against files the build surely
     * writes, so that what it finds good the whole site's check would too.
     */
    public ScanStrings(LinkCheck known) {
        this.leadsSomewhere = known::leadsSomewhereFromAnyPage;
        this.writtenPaths = known.writtenPaths();
    }

    /**
     * Whether the link or image whose value starts at {@code start} of a page's bytes (just after
     * its opening double quote; entities not decoded) is one {@link #ScanStrings(LinkCheck)}
     * leaves out of the scan, found without making it a string; false when that is not known
     * so, and the scan asks {@link #href} or {@link #src}.
     */
    boolean leadsSomewhere(byte[] html, int start) {
        return writtenPaths != null && writtenPaths.leadsSomewhere(html, start);
    }

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

    private HtmlScanner.Attribute attribute(ConcurrentHashMap<String, HtmlScanner.Attribute> known,
                                            String name, String value) {
        // A look-up first: most values are known, and a get takes no lock.
        HtmlScanner.Attribute attribute = known.get(value);
        if (attribute == null) {
            HtmlScanner.Attribute made = new HtmlScanner.Attribute(name, value, leadsSomewhere.test(value));
            attribute = known.putIfAbsent(value, made);
            if (attribute == null) {
                attribute = made;
            }
        }
        return attribute;
    }
}
