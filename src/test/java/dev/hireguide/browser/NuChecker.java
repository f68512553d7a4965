package dev.hireguide.browser;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Nu Html Checker (the engine of validator.w3.org/nu), run in-process on HTML files.
 * Messages carry the file, line and column as {@code file:line:col: error: message}.
 * Language detection is off: it only ever gives warnings, and it is slow.
 */
public final class NuChecker {

    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    public NuChecker() {
        try {
            validator = new SimpleDocumentValidator(true, false, false);
            validator.setUpMainSchema(HTML_SCHEMA, collector);
            validator.setUpValidatorAndParsers(collector, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("could not set up the Nu Html Checker: " + e.getMessage(), e);
        }
    }

    /** A problem the checker found. */
    public record Message(String file, int line, int column, boolean error, String text) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column + ": " + (error ? "error" : "warning") + ": " + text;
        }
    }

    /** Checks one file as HTML; {@code name} is how messages name it. */
    public synchronized List<Message> check(Path file, String name) throws IOException {
        collector.start(name);
        try (InputStream in = Files.newInputStream(file)) {
            InputSource source = new InputSource(in);
            source.setSystemId(file.toUri().toString());
            source.setEncoding("UTF-8");
            validator.checkHtmlInputSource(source);
        } catch (SAXException e) {
            // A fatal error has been reported to the collector already; keep what it has.
            if (collector.messages.isEmpty()) {
                collector.messages.add(new Message(name, 0, 0, true, e.getMessage()));
            }
        }
        return List.copyOf(collector.messages);
    }

    private static final class Collector implements ErrorHandler {
        private String name;
        private final List<Message> messages = new ArrayList<>();

        void start(String file) {
            name = file;
            messages.clear();
        }

        private void add(SAXParseException e, boolean error) {
            messages.add(new Message(name, e.getLineNumber(), e.getColumnNumber(), error, e.getMessage()));
        }

        @Override
        public void warning(SAXParseException e) {
            add(e, false);
        }

        @Override
        public void error(SAXParseException e) {
            add(e, true);
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            add(e, true);
            throw e;
        }
    }
}
