package dev.hireguide.search;

import dev.hireguide.markdown.Heading;
import dev.hireguide.markdown.RenderedMarkdown;

import java.util.ArrayList;
import java.util.List;

/**
 * A rendered page body cut at its h2 and h3 headings, so that each section can be its own
 * result that lands on the heading's anchor.
 *
 * @param intro    the text before the first such heading (all of it when there is none)
 * @param sections the sections in document order
 */
record BodySections(String intro, List<Section> sections) {

    BodySections {
        sections = List.copyOf(sections);
    }

    /** One section: its heading's id and text, the h2 it is under (for an h3), and its text up to the next h2 or h3. */
    record Section(String id, String heading, String parent, String text) {
    }

    static BodySections of(RenderedMarkdown body) {
        String html = body.html();
        List<Heading> cuts = body.headings().stream().filter(h -> h.level() == 2 || h.level() == 3).toList();
        List<Integer> starts = new ArrayList<>();
        List<Heading> found = new ArrayList<>();
        int from = 0;
        for (Heading heading : cuts) {
            int at = html.indexOf("<h" + heading.level() + " id=\"" + heading.id() + "\"", from);
            if (at >= 0) {
                starts.add(at);
                found.add(heading);
                from = at + 1;
            }
        }
        String intro = PlainText.ofHtml(html, 0, starts.isEmpty() ? html.length() : starts.get(0));
        List<Section> sections = new ArrayList<>();
        String parent = "";
        for (int i = 0; i < found.size(); i++) {
            Heading heading = found.get(i);
            int open = html.indexOf("</h" + heading.level() + ">", starts.get(i));
            int end = i + 1 < starts.size() ? starts.get(i + 1) : html.length();
            int textStart = open < 0 || open > end ? end : open + 5;
            if (heading.level() == 2) {
                parent = heading.text();
            }
            sections.add(new Section(heading.id(), heading.text(), heading.level() == 3 ? parent : "",
                    PlainText.ofHtml(html, textStart, end)));
        }
        return new BodySections(intro, sections);
    }
}
