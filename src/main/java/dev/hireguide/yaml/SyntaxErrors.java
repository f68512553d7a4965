package dev.hireguide.yaml;

import dev.hireguide.diag.Diagnostic;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.util.Locale;

/**
 * Turns SnakeYAML's syntax errors into one readable sentence at the right place in the file.
 * The common mistakes of hand-written front matter get their own wording; anything else has
 * SnakeYAML's own text, with its token names put into words.
 */
final class SyntaxErrors {

    private static final String GENERIC_HINT = "check the indentation and quoting near here";

    private SyntaxErrors() {
    }

    static Diagnostic toDiagnostic(MarkedYAMLException e, FilePositions where) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        Mark problemMark = e.getProblemMark();
        Mark contextMark = e.getContextMark() != null ? e.getContextMark() : problemMark;

        if (problem.contains("found unexpected end of stream") && context.contains("quoted scalar")) {
            return Diagnostic.error(where.at(contextMark), "this quoted text is never closed",
                    "add the closing quote; " + GENERIC_HINT);
        }
        if (problem.contains("<stream end>") && context.contains("flow sequence")) {
            return Diagnostic.error(where.at(contextMark), "this '[' list is never closed",
                    "add the closing ']'; " + GENERIC_HINT);
        }
        if (problem.contains("<stream end>") && context.contains("flow mapping")) {
            return Diagnostic.error(where.at(contextMark), "this '{' mapping is never closed",
                    "add the closing '}'; " + GENERIC_HINT);
        }
        if (problem.contains("'\\t(TAB)'")) {
            return Diagnostic.error(where.at(problemMark), "a tab is used for indentation",
                    "indent with spaces, not tabs");
        }
        if (problem.startsWith("mapping values are not allowed here")) {
            return Diagnostic.error(where.at(problemMark), "unexpected ':' here",
                    "put quotes around a value that contains ': ', and " + GENERIC_HINT);
        }
        if (problem.startsWith("found character") && problem.contains("cannot start any token")) {
            String character = between(problem, "'", "'");
            return Diagnostic.error(where.at(problemMark), "a value cannot start with '" + character + "'",
                    "put the value in quotes");
        }
        if (problem.startsWith("could not find expected ':'")) {
            return Diagnostic.error(where.at(contextMark), "this line has no ':' after its key",
                    "write 'key: value', or indent the line to continue the value above");
        }
        if (problem.contains("expected '<document start>'")) {
            return Diagnostic.error(where.at(problemMark), "a second YAML document starts here",
                    "front matter is one YAML document: remove the '...' line above and keep all keys in one mapping");
        }
        if (problem.contains("expected <block end>, but found '<scalar>'")) {
            return Diagnostic.error(where.at(problemMark), "unexpected text here",
                    "put the whole value in quotes, and " + GENERIC_HINT);
        }
        if (problem.contains("expected <block end>")) {
            return Diagnostic.error(where.at(problemMark), "this line does not fit the indentation of the lines above it",
                    GENERIC_HINT);
        }
        return Diagnostic.error(where.at(problemMark), sentence(problem, context), GENERIC_HINT);
    }

    /** SnakeYAML's problem and context as one sentence, with its token names put into words. */
    static String sentence(String problem, String context) {
        String text = (problem + (context.isEmpty() ? "" : " " + context))
                .replaceAll("\\s*\\(Do not use .*?\\)", "")
                .replace("'<block mapping start>'", "a new key")
                .replace("'<block sequence start>'", "a new list")
                .replace("'<scalar>'", "a value")
                .replace("<block end>", "the end of the block")
                .replace("<stream end>", "the end of the text")
                .replace("'<document start>'", "a new document")
                .replaceAll("\\s+", " ")
                .trim();
        while (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        return text.isEmpty() ? "the YAML could not be read" : text.toLowerCase(Locale.ROOT).charAt(0) + text.substring(1);
    }

    private static String between(String text, String open, String close) {
        int start = text.indexOf(open);
        int end = start < 0 ? -1 : text.indexOf(close, start + 1);
        return end < 0 ? "?" : text.substring(start + 1, end);
    }
}
