package dev.hireguide.yaml;

import dev.hireguide.diag.Diagnostic;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads front matter or site.yaml strictly: one document, a mapping at the root, no anchors,
 * aliases, tags, merge keys, complex keys or duplicate keys. Every problem becomes a diagnostic
 * at its line and column in the source file (columns count characters); nothing is thrown.
 *
 * <p>Scalars are typed only when unquoted and only in these forms: {@code true} and
 * {@code false}; empty, {@code ~} and {@code null}; whole numbers without leading zeros or
 * {@code +}; decimals such as {@code 3.10}, kept with their written digits. Everything else is
 * text exactly as written: {@code No}, {@code yes}, {@code on}, {@code 0123}, {@code 0x1F},
 * {@code 1_000}, {@code 1e3}. So every number in the tree prints back as the editor wrote it.
 *
 * <p>Text in the everyday forms is read by {@link PlainYaml}, which gives the same tree and
 * positions without SnakeYAML. Other text is built from SnakeYAML's event stream (the parser
 * under Jackson's YAML module) rather than through Jackson's YAML parser, because only the
 * events show anchors, tags, scalar styles and document markers where they were written.
 */
public final class StrictYaml {

    /** Larger YAML is refused before parsing: front matter this big is a mistake or an attack. */
    public static final int MAX_BYTES = 256 * 1024;

    private StrictYaml() {
    }

    /**
     * Parses {@code text}.
     *
     * @param text      the YAML; null reads as empty
     * @param file      the path printed in diagnostics
     * @param firstLine the 1-based line of the file where the text's first line stands
     */
    public static YamlResult parse(String text, String file, int firstLine) {
        FilePositions where = new FilePositions(file == null || file.isEmpty() ? "<yaml>" : file, Math.max(1, firstLine));
        String yaml = text == null ? "" : text;
        int bytes = yaml.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            return failed(Diagnostic.error(where.start(),
                    "front matter is " + (bytes + 1023) / 1024 + " KB, the limit is " + MAX_BYTES / 1024 + " KB",
                    "move long text into the page body or split the content"));
        }
        YamlDocument plain = PlainYaml.read(yaml, where);
        if (plain != null) {
            return new YamlResult(Optional.of(plain), List.of());
        }
        TreeBuilder builder = new TreeBuilder(new ParserImpl(new StreamReader(yaml), new LoaderOptions()), where);
        List<Diagnostic> diagnostics = new ArrayList<>();
        Optional<YamlDocument> document;
        try {
            document = builder.build();
        } catch (MarkedYAMLException e) {
            document = Optional.empty();
            diagnostics.add(SyntaxErrors.toDiagnostic(e, where));
        } catch (YAMLException e) {
            // Unmarked SnakeYAML errors (such as unreadable characters) carry no position.
            document = Optional.empty();
            diagnostics.add(Diagnostic.error(where.start(), SyntaxErrors.sentence(String.valueOf(e.getMessage()), ""),
                    "check the text for characters that are not allowed in YAML"));
        } catch (RuntimeException e) {
            // A bug here must still end as a diagnostic, never as a stack trace for the editor.
            document = Optional.empty();
            diagnostics.add(Diagnostic.error(where.start(), "the YAML could not be read (" + e + ")",
                    "this is a bug in hireguide; please report it with this file"));
        }
        List<Diagnostic> all = new ArrayList<>(builder.diagnostics());
        all.addAll(diagnostics);
        return new YamlResult(document, all);
    }

    private static YamlResult failed(Diagnostic diagnostic) {
        return new YamlResult(Optional.empty(), List.of(diagnostic));
    }
}
