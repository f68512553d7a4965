package dev.hireguide.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the syntax tree Flexmark's parser builds, straight from the text, for documents made only
 * of the commonest Markdown: paragraphs, {@code #} headings, one-level {@code -} and {@code 1.}
 * lists (an item's text may go on over lines indented to where it starts), block quotes and
 * callouts of one paragraph, {@code ```} code blocks and tables with bars, with text,
 * {@code *emphasis*}, {@code **strong**}, {@code `code`} and {@code [links](/url/)} inside. Each
 * block stands between blank lines. Flexmark's parser asks every block and inline parser of every
 * extension about every line and character, which made parsing a quarter of a build's CPU.
 *
 * <p>The subset is chosen so that reading it is never in doubt: at the first thing outside it (a
 * character that could start other syntax, a delimiter whose pairing CommonMark's finer rules
 * would decide, indentation, trailing spaces, tabs or carriage returns outside code) the whole
 * document is refused with null and Flexmark reads it. {@code QuickParserTest} checks the trees
 * are the same node for node, and {@code DirectHtmlRendererTest} that the pages are the same.
 */
final class QuickParser {

    /**
     * The deepest node below the document in any tree built here: a text in emphasis in a table
     * cell (table, body, row, cell, emphasis, text).
     */
    static final int DEEPEST_TREE = 6;

    private final String text;
    private final BasedSequence chars;
    /** The text as {@link MarkdownRenderer#latin1} made it, for the autolink checks. */
    private final byte[] latin1;

    private QuickParser(String text, BasedSequence chars, byte[] latin1) {
        this.text = text;
        this.chars = chars;
        this.latin1 = latin1;
    }

    /**
     * The document's tree, or null if the text holds anything outside the subset.
     *
     * @param text    the Markdown
     * @param chars   the same text as the sequence the tree's nodes are cut from
     * @param options the options of the Flexmark parser that would otherwise read it
     */
    static Document parse(String text, BasedSequence chars, DataHolder options) {
        return parse(text, chars, options, MarkdownRenderer.latin1(text));
    }

    /** {@link #parse(String, BasedSequence, DataHolder)} with the text also as {@link MarkdownRenderer#latin1} made it. */
    static Document parse(String text, BasedSequence chars, DataHolder options, byte[] latin1) {
        // Java's regular expressions, which Flexmark's block parsers use, also end a line at
        // U+0085, U+2028 and U+2029. U+0085 is a byte of its own in the Latin-1 copy (the two
        // beyond are not, but a string of Latin-1 only answers their search at once).
        for (byte b : latin1) {
            if (b == '\r' || b == 0 || b == (byte) 0x85) {
                return null;
            }
        }
        if (text.indexOf('\u2028') >= 0 || text.indexOf('\u2029') >= 0) {
            return null;
        }
        Document document = new Document(options, chars);
        return new QuickParser(text, chars, latin1).blocks(document) ? document : null;
    }

    /** Reads the blocks into the document; false at the first thing outside the subset. */
    private boolean blocks(Document document) {
        int length = text.length();
        int at = 0;
        while (at < length) {
            if (text.charAt(at) == '\n') {
                at++;
                continue;
            }
            int next = switch (text.charAt(at)) {
                case '#' -> heading(document, at);
                case '-' -> list(document, at);
                case '1', '2', '3', '4', '5', '6', '7', '8', '9' ->
                        orderedDelimiter(at) != 0 ? list(document, at) : paragraph(document, at, 0);
                case '>' -> quote(document, at);
                case '|' -> table(document, at);
                case '`' -> text.startsWith("```", at) ? fence(document, at) : paragraph(document, at, 0);
                default -> paragraph(document, at, 0);
            };
            // Every block ends at a blank line or the end, so that none interrupts or continues another.
            if (next < 0 || next < length && text.charAt(next) != '\n') {
                return false;
            }
            at = next;
        }
        return true;
    }

    private int lineEnd(int at) {
        int end = text.indexOf('\n', at);
        return end < 0 ? text.length() : end;
    }

    /** The start of the line after the one ending at {@code end}. */
    private int after(int end) {
        return end < text.length() ? end + 1 : end;
    }

    private boolean blank(int at) {
        return at >= text.length() || text.charAt(at) == '\n';
    }

    private BasedSequence cut(int start, int end) {
        return chars.subSequence(start, end);
    }

    /** {@code ## Heading}: one to six marks, one space, text that does not end in a closing mark. */
    private int heading(Node parent, int at) {
        int end = lineEnd(at);
        int level = 0;
        while (at + level < end && text.charAt(at + level) == '#') {
            level++;
        }
        int start = at + level + 1;
        if (level > 6 || start >= end || text.charAt(start - 1) != ' ' || text.charAt(start) == ' '
                || text.charAt(end - 1) == '#' || text.charAt(end - 1) == ' ') {
            return -1;
        }
        // Flexmark's heading node, not this package's Heading record of a rendered heading.
        var heading = new com.vladsch.flexmark.ast.Heading(cut(at, end));
        heading.setOpeningMarker(cut(at, at + level));
        heading.setText(cut(start, end));
        heading.setLevel(level);
        if (!inlines(heading, start, end)) {
            return -1;
        }
        parent.appendChild(heading);
        return after(end);
    }

    /**
     * Lines of text up to a blank line, each starting as nothing but a paragraph can; the first
     * {@code prefix} characters of each line (a quote's {@code > }) skipped.
     */
    private int paragraph(Node parent, int at, int prefix) {
        Paragraph paragraph = new Paragraph();
        int start = at;
        int end = -1;
        while (!blank(at)) {
            if (prefix > 0 && !text.startsWith("> ", at)) {
                return -1;
            }
            int content = at + prefix;
            end = lineEnd(at);
            if (!startsParagraphLine(content, end)) {
                return -1;
            }
            if (content > start + prefix) {
                paragraph.appendChild(new SoftLineBreak(cut(at - 1, at)));
            }
            if (!inlines(paragraph, content, end)) {
                return -1;
            }
            at = after(end);
        }
        if (end < 0) {
            return -1;
        }
        paragraph.setChars(cut(start + prefix, at));
        parent.appendChild(paragraph);
        return at;
    }

    /**
     * Whether a line can only be text inside a paragraph: it starts with a letter, a run of digits
     * not followed by {@code .} or {@code )} (broader than {@link #orderedDelimiter}'s marker on
     * purpose: {@code 10.5%} is refused too), an opening quote or bracket, or a delimiter that
     * must be emphasis or code; no marker of a block, no indentation, no trailing space.
     */
    private boolean startsParagraphLine(int start, int end) {
        if (start >= end || text.charAt(end - 1) == ' ') {
            return false;
        }
        char first = text.charAt(start);
        if (first >= '0' && first <= '9') {
            int digit = start;
            while (digit < end && text.charAt(digit) >= '0' && text.charAt(digit) <= '9') {
                digit++;
            }
            return digit == end || text.charAt(digit) != '.' && text.charAt(digit) != ')';
        }
        if (first == '*') {
            int letter = text.startsWith("**", start) ? start + 2 : start + 1;
            return letter < end && Character.isLetterOrDigit(text.charAt(letter));
        }
        if (first == '`') {
            return !text.startsWith("``", start);
        }
        return Character.isLetter(first) || first == '[' || first == '(' || first == '"' || first == '\'';
    }

    /**
     * {@code - item} lines, or {@code 1. item} lines with one delimiter, with nothing between
     * them: a tight list. An item's text may go on over lines indented to where it starts
     * ({@code - } two spaces, {@code 10. } four); a line indented otherwise is left to Flexmark.
     */
    private int list(Node parent, int at) {
        char delimiter = orderedDelimiter(at);
        ListBlock list;
        if (delimiter == 0) {
            BulletList bullets = new BulletList();
            bullets.setOpeningMarker('-');
            list = bullets;
        } else {
            OrderedList numbered = new OrderedList();
            numbered.setDelimiter(delimiter);
            numbered.setStartNumber(Integer.parseInt(text.substring(at, text.indexOf(delimiter, at))));
            list = numbered;
        }
        list.setTight(true);
        int start = at;
        while (!blank(at)) {
            int marker = delimiter == 0 ? (text.startsWith("- ", at) ? 1 : -1)
                    : orderedDelimiter(at) == delimiter ? text.indexOf(delimiter, at) + 1 - at : -1;
            if (marker < 0) {
                return -1;
            }
            int content = at + marker + 1;
            int end = lineEnd(at);
            int next = after(end);
            // Flexmark's task lists take an item starting [x] for a ticked box, space or not.
            if (!startsParagraphLine(content, end) || text.startsWith("[x]", content) || text.startsWith("[X]", content)) {
                return -1;
            }
            Paragraph paragraph = new Paragraph();
            if (!inlines(paragraph, content, end)) {
                return -1;
            }
            // Lines indented to the item's text continue its paragraph.
            int indent = content - at;
            while (!blank(next) && indentedBy(next, indent) && startsParagraphLine(next + indent, lineEnd(next))) {
                paragraph.appendChild(new SoftLineBreak(cut(next - 1, next)));
                end = lineEnd(next);
                if (!inlines(paragraph, next + indent, end)) {
                    return -1;
                }
                next = after(end);
            }
            paragraph.setChars(cut(content, next));
            ListItem item = delimiter == 0 ? new BulletListItem(cut(at, next)) : new OrderedListItem(cut(at, next));
            item.setOpeningMarker(cut(at, at + marker));
            item.setTight(true);
            item.appendChild(paragraph);
            list.appendChild(item);
            at = next;
        }
        // An item after the blank line would continue the list and make it loose, or start
        // another list; either way Flexmark decides.
        int following = at;
        while (following < text.length() && text.charAt(following) == '\n') {
            following++;
        }
        if (text.startsWith("- ", following) || text.startsWith("-\n", following) || orderedDelimiter(following) != 0) {
            return -1;
        }
        list.setChars(cut(start, at));
        parent.appendChild(list);
        return at;
    }

    /** Whether the line at {@code at} starts with {@code indent} spaces. */
    private boolean indentedBy(int at, int indent) {
        for (int i = at; i < at + indent; i++) {
            if (i >= text.length() || text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * The delimiter of a numbered item at {@code at}, such as the {@code .} of {@code 12. Ask},
     * or 0: one to nine digits with no leading zero, {@code .} or {@code )}, then a space.
     */
    private char orderedDelimiter(int at) {
        int digits = at;
        while (digits < text.length() && digits - at < 10 && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
            digits++;
        }
        if (digits == at || digits - at > 9 || text.charAt(at) == '0' || digits + 1 >= text.length()
                || text.charAt(digits + 1) != ' ') {
            return 0;
        }
        char delimiter = text.charAt(digits);
        return delimiter == '.' || delimiter == ')' ? delimiter : 0;
    }

    /**
     * {@code > } lines holding one paragraph; a first line {@code [!TYPE]} of a known type makes
     * it a callout, as {@link CalloutPostProcessor} does.
     */
    private int quote(Node parent, int at) {
        int end = lineEnd(at);
        if (!text.startsWith("> ", at)) {
            return -1;
        }
        if (text.startsWith("> [!", at)) {
            CalloutType type = calloutType(at + 2, end);
            int next = after(end);
            if (type == null || blank(next)) {
                return -1;
            }
            Callout callout = new Callout(BasedSequence.NULL, type);
            int last = paragraph(callout, next, 2);
            if (last < 0) {
                return -1;
            }
            // As after CalloutPostProcessor: the paragraph still spans the marker's line.
            callout.getFirstChild().setChars(cut(at + 2, last));
            callout.setChars(cut(at, last));
            parent.appendChild(callout);
            return last;
        }
        BlockQuote quote = new BlockQuote();
        quote.setOpeningMarker(cut(at, at + 1));
        int last = paragraph(quote, at, 2);
        if (last < 0) {
            return -1;
        }
        quote.setChars(cut(at, last));
        parent.appendChild(quote);
        return last;
    }

    /** The type of a line {@code [!NOTE]} alone, or null if it is not one or names no known type. */
    private CalloutType calloutType(int start, int end) {
        if (end - start < 4 || text.charAt(end - 1) != ']') {
            return null;
        }
        for (int i = start + 2; i < end - 1; i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                return null;
            }
        }
        return CalloutType.fromMarker(text.substring(start + 2, end - 1)).orElse(null);
    }

    /** {@code ```lang} lines {@code ```}: at least one line of code, and no other line of backticks alone. */
    private int fence(Node parent, int at) {
        int end = lineEnd(at);
        for (int i = at + 3; i < end; i++) {
            char c = text.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_' || c == '+' || c == '#' || c == '.')) {
                return -1;
            }
        }
        int contentStart = after(end);
        List<BasedSequence> lines = new ArrayList<>();
        int line = contentStart;
        while (line < text.length()) {
            int lineEnd = lineEnd(line);
            if (onlyBackticks(line, lineEnd)) {
                if (lineEnd - line != 3 || lines.isEmpty()) {
                    return -1;
                }
                FencedCodeBlock code = new FencedCodeBlock();
                code.setOpeningMarker(cut(at, at + 3));
                if (end > at + 3) {
                    code.setInfo(cut(at + 3, end));
                }
                code.setContent(cut(at, end), lines);
                code.setClosingMarker(cut(line, lineEnd));
                code.setChars(cut(at, lineEnd));
                code.appendChild(new Text(cut(contentStart, line)));
                parent.appendChild(code);
                return after(lineEnd);
            }
            if (lineEnd == text.length()) {
                return -1;  // a code line with no line break closes no fence
            }
            lines.add(cut(line, lineEnd + 1));
            line = lineEnd + 1;
        }
        return -1;
    }

    /** Whether the line, spaces and tabs aside, is three or more backticks: a fence, or something close to one. */
    private boolean onlyBackticks(int start, int end) {
        int ticks = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '`') {
                ticks++;
            } else if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return ticks >= 3;
    }

    /** A head row, a separator row of {@code ---} cells and body rows, every row with the head's number of cells. */
    private int table(Node parent, int at) {
        int headEnd = lineEnd(at);
        int separator = after(headEnd);
        if (blank(separator)) {
            return -1;
        }
        int separatorEnd = lineEnd(separator);
        int[] bars = bars(at, headEnd);
        int[] separatorBars = bars(separator, separatorEnd);
        if (bars == null || separatorBars == null || separatorBars.length != bars.length) {
            return -1;
        }
        TableCell.Alignment[] alignments = new TableCell.Alignment[bars.length - 1];
        for (int i = 0; i + 1 < separatorBars.length; i++) {
            int start = trimStart(separatorBars[i] + 1, separatorBars[i + 1]);
            int end = trimEnd(start, separatorBars[i + 1]);
            boolean left = text.charAt(start) == ':';
            boolean right = text.charAt(end - 1) == ':';
            int dashes = (end - start) - (left ? 1 : 0) - (right ? 1 : 0);
            for (int d = start + (left ? 1 : 0); d < end - (right ? 1 : 0); d++) {
                if (text.charAt(d) != '-') {
                    return -1;
                }
            }
            if (dashes < 3) {
                return -1;
            }
            alignments[i] = left && right ? TableCell.Alignment.CENTER
                    : left ? TableCell.Alignment.LEFT : right ? TableCell.Alignment.RIGHT : null;
        }
        TableBlock table = new TableBlock();
        TableHead head = new TableHead(cut(at, headEnd));
        TableRow headRow = row(at, headEnd, bars, alignments, true, 1);
        if (headRow == null) {
            return -1;
        }
        head.appendChild(headRow);
        table.appendChild(head);
        table.appendChild(new TableSeparator(cut(separator, separatorEnd)));
        int bodyStart = after(separatorEnd);
        if (blank(bodyStart)) {
            return -1;
        }
        TableBody body = new TableBody();
        int line = bodyStart;
        int lastEnd = bodyStart;
        for (int number = 1; !blank(line); number++) {
            int end = lineEnd(line);
            int[] rowBars = bars(line, end);
            if (rowBars == null || rowBars.length != bars.length) {
                return -1;
            }
            TableRow row = row(line, end, rowBars, alignments, false, number);
            if (row == null) {
                return -1;
            }
            body.appendChild(row);
            lastEnd = end;
            line = after(end);
        }
        body.setChars(cut(bodyStart, lastEnd));
        table.appendChild(body);
        table.setChars(cut(at, line));
        parent.appendChild(table);
        return line;
    }

    /**
     * The offsets of a row's bars, or null if the row does not start and end with one, has an
     * empty cell, or holds a backslash or backtick (either could hide a bar inside a cell).
     */
    private int[] bars(int start, int end) {
        if (end - start < 3 || text.charAt(start) != '|' || text.charAt(end - 1) != '|') {
            return null;
        }
        int count = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '`') {
                return null;
            }
            if (c == '|') {
                count++;
            }
        }
        int[] bars = new int[count];
        int n = 0;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '|') {
                bars[n++] = i;
                if (n > 1 && trimStart(bars[n - 2] + 1, i) == i) {
                    return null;
                }
            }
        }
        return bars;
    }

    private TableRow row(int start, int end, int[] bars, TableCell.Alignment[] alignments, boolean header, int number) {
        TableRow row = new TableRow(cut(start, end));
        row.setRowNumber(number);
        for (int i = 0; i + 1 < bars.length; i++) {
            int contentStart = trimStart(bars[i] + 1, bars[i + 1]);
            int contentEnd = trimEnd(contentStart, bars[i + 1]);
            TableCell cell = new TableCell(cut(i == 0 ? bars[0] : bars[i] + 1, bars[i + 1] + 1));
            if (i == 0) {
                cell.setOpeningMarker(cut(bars[0], bars[0] + 1));
            }
            cell.setText(cut(contentStart, contentEnd));
            cell.setClosingMarker(cut(bars[i + 1], bars[i + 1] + 1));
            cell.setHeader(header);
            cell.setAlignment(alignments[i]);
            if (!inlines(cell, contentStart, contentEnd)) {
                return null;
            }
            row.appendChild(cell);
        }
        return row;
    }

    private int trimStart(int start, int end) {
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        return start;
    }

    private int trimEnd(int start, int end) {
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        return end;
    }

    /**
     * Reads one line of inline content into {@code parent}: text, and emphasis, code and links
     * whose reading no rule of CommonMark's could change. False at anything else.
     */
    private boolean inlines(Node parent, int start, int end) {
        int textStart = start;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            int next;
            if (c == '*') {
                next = emphasis(parent, textStart, i, start, end);
            } else if (c == '`') {
                next = code(parent, textStart, i, end);
            } else if (c == '[') {
                next = link(parent, textStart, i, end);
            } else if (!plain(c) || c == '!' && i + 1 < end && text.charAt(i + 1) == '[') {
                return false;
            } else {
                i++;
                continue;
            }
            if (next < 0) {
                return false;
            }
            textStart = next;
            i = next;
        }
        return addText(parent, textStart, end);
    }

    /** A character that is text wherever it stands in a line (an {@code !} unless a {@code [} follows). */
    private static boolean plain(char c) {
        return c >= ' ' && c != '*' && c != '_' && c != '`' && c != '[' && c != ']' && c != '\\'
                && c != '<' && c != '&' && c != '~' && c != '\u007f';
    }

    /** Adds the text, unless an autolink could start in it; false then. */
    private boolean addText(Node parent, int start, int end) {
        if (end > start) {
            if (mayHoldAutolink(start, end)) {
                return false;
            }
            parent.appendChild(new Text(cut(start, end)));
        }
        return true;
    }

    /**
     * Whether text could hold what Flexmark's autolink pass links: {@code ://}, {@code www.} or an
     * {@code @} after a character an e-mail address's name may end with, as {@link MarkdownRenderer#mayHoldAutolink}
     * reads a whole page. Fenced code may hold them, since the pass leaves it alone; code spans
     * and link text are checked too, though the pass leaves them alone as well: a margin kept on
     * purpose, at the cost of sending pages with {@code `@Bean`} to Flexmark.
     */
    private boolean mayHoldAutolink(int start, int end) {
        return MarkdownRenderer.mayHoldAutolink(latin1, start, end);
    }

    /**
     * {@code *text*} or {@code **text**} after a space or the line's start, around plain text that
     * starts with a letter or digit and ends with one or with punctuation that ends a phrase
     * ({@code **Level:**}), before a space, punctuation that closes, or the end. After such
     * punctuation, only a space, punctuation or the end lets the delimiters close, by CommonMark's
     * flanking rules, and those are all that may follow here.
     */
    private int emphasis(Node parent, int textStart, int at, int lineStart, int end) {
        int width = at + 1 < end && text.charAt(at + 1) == '*' ? 2 : 1;
        int content = at + width;
        if (at > lineStart && text.charAt(at - 1) != ' ' || content >= end || !Character.isLetterOrDigit(text.charAt(content))) {
            return -1;
        }
        int close = content;
        while (close < end && text.charAt(close) != '*') {
            char c = text.charAt(close);
            if (!plain(c) || c == '!') {
                return -1;
            }
            close++;
        }
        int after = close + width;
        if (after > end || !text.startsWith(width == 2 ? "**" : "*", close)
                || !Character.isLetterOrDigit(text.charAt(close - 1)) && ".,:;?)".indexOf(text.charAt(close - 1)) < 0
                || after < end && ".,:;!?) ".indexOf(text.charAt(after)) < 0) {
            return -1;
        }
        if (!addText(parent, textStart, at) || mayHoldAutolink(at, after)) {
            return -1;
        }
        BasedSequence open = cut(at, content);
        BasedSequence inner = cut(content, close);
        BasedSequence closing = cut(close, after);
        Node node = width == 2 ? new StrongEmphasis(open, inner, closing) : new Emphasis(open, inner, closing);
        node.appendChild(new Text(inner));
        parent.appendChild(node);
        return after;
    }

    /** {@code `code`}: single backticks around text with no backtick, not starting or ending with a space. */
    private int code(Node parent, int textStart, int at, int end) {
        int close = text.indexOf('`', at + 1);
        if (close < 0 || close >= end || close == at + 1 || text.charAt(at + 1) == ' ' || text.charAt(close - 1) == ' '
                || close + 1 < end && text.charAt(close + 1) == '`') {
            return -1;
        }
        for (int i = at + 1; i < close; i++) {
            if (text.charAt(i) < ' ') {
                return -1;
            }
        }
        if (!addText(parent, textStart, at) || mayHoldAutolink(at, close + 1)) {
            return -1;
        }
        BasedSequence inner = cut(at + 1, close);
        Code code = new Code(cut(at, at + 1), inner, cut(close, close + 1));
        code.appendChild(new Text(inner));
        parent.appendChild(code);
        return close + 1;
    }

    /** {@code [text](/url/)}: plain text, then a URL of plain URL characters with no title. */
    private int link(Node parent, int textStart, int at, int end) {
        int close = at + 1;
        while (close < end && text.charAt(close) != ']') {
            if (!plain(text.charAt(close))) {
                return -1;
            }
            close++;
        }
        if (close >= end || close == at + 1 || text.charAt(at + 1) == ' ' || text.charAt(at + 1) == '^'
                || text.charAt(close - 1) == ' ' || close + 1 >= end || text.charAt(close + 1) != '(') {
            return -1;
        }
        int urlStart = close + 2;
        int urlEnd = urlStart;
        while (urlEnd < end && urlCharacter(text.charAt(urlEnd))) {
            urlEnd++;
        }
        if (urlEnd == urlStart || urlEnd >= end || text.charAt(urlEnd) != ')') {
            return -1;
        }
        if (!addText(parent, textStart, at) || mayHoldAutolink(at, close + 1)) {
            return -1;
        }
        Link link = new Link(cut(at, urlEnd + 1));
        link.setTextChars(cut(at, close + 1));
        link.setUrl(cut(close + 1, urlStart), cut(urlStart, urlEnd), cut(urlEnd, urlEnd + 1));
        link.appendChild(new Text(cut(at + 1, close)));
        parent.appendChild(link);
        return urlEnd + 1;
    }

    private static boolean urlCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._/#?=:%+,;@".indexOf(c) >= 0;
    }
}
