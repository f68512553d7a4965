package dev.hireguide.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Heading ids as GitHub makes them: lower case, each space a {@code -}, punctuation and symbols
 * dropped, letters, marks and digits of any script kept. A repeated id gets {@code -1},
 * {@code -2}, … in document order. The id is stored on the heading node, where
 * {@link MarkdownRenderer} reads it back for the heading list.
 */
final class HeadingIdGenerator implements HtmlIdGenerator {

    /** The id of a heading with no letters or digits at all, such as one made only of emoji. */
    static final String FALLBACK_ID = "section";

    @Override
    public void generateIds(Document document) {
        Set<String> used = new HashSet<>();
        Map<String, Integer> repeats = new HashMap<>();
        for (Node node : BlockNodes.of(document)) {
            if (node instanceof Heading heading) {
                String base = slug(PlainText.of(heading));
                String id = base;
                while (used.contains(id)) {
                    int n = repeats.merge(base, 1, Integer::sum);
                    id = base + "-" + n;
                }
                used.add(id);
                heading.setAnchorRefId(id);
            }
        }
    }

    @Override
    public String getId(Node node) {
        return node instanceof Heading heading ? heading.getAnchorRefId() : null;
    }

    @Override
    public String getId(CharSequence text) {
        return slug(text.toString());
    }

    /** The GitHub slug of a heading's plain text, before making it unique. */
    static String slug(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT).codePoints().forEach(cp -> {
            if (cp == ' ') {
                out.append('-');
            } else if (cp == '-' || cp == '_' || isWordCharacter(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.length() == 0 ? FALLBACK_ID : out.toString();
    }

    private static boolean isWordCharacter(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                    Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                    Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** Makes one generator per rendered document, so ids never leak from one page to another. */
    static final class Factory implements HeaderIdGeneratorFactory {

        @Override
        public HtmlIdGenerator create(LinkResolverContext context) {
            return new HeadingIdGenerator();
        }

        @Override
        public HtmlIdGenerator create() {
            return new HeadingIdGenerator();
        }
    }
}
