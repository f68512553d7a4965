package dev.hireguide.output;

import java.util.Comparator;
import java.util.List;

/** The files that tell crawlers about the site: {@code sitemap.xml} and {@code robots.txt}. */
public final class SiteMaps {

    private SiteMaps() {
    }

    public static String sitemap(List<SitemapEntry> entries) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        entries.stream().sorted(Comparator.comparing(SitemapEntry::location)).forEach(entry -> {
            xml.append("  <url><loc>").append(escape(entry.location())).append("</loc>");
            if (!entry.lastModified().isEmpty()) {
                xml.append("<lastmod>").append(entry.lastModified()).append("</lastmod>");
            }
            xml.append("</url>\n");
        });
        return xml.append("</urlset>\n").toString();
    }

    public static String robots(String baseUrl) {
        return "User-agent: *\nAllow: /\n\nSitemap: " + baseUrl + "sitemap.xml\n";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
