package dev.hireguide.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs axe-core (node_modules/axe-core/axe.min.js, pinned in package-lock.json) in the page
 * open in a {@link Browser}, and returns its violations.
 */
public final class Axe {

    /** The impacts that fail a test. */
    public static final Set<String> SERIOUS = Set.of("serious", "critical");

    private static String script;

    /** One element that breaks a rule: its CSS selector, its markup, and what is wrong. */
    public record Node(String target, String html, String summary) {
    }

    /** A rule that the page breaks. */
    public record Violation(String rule, String impact, String help, String helpUrl, List<Node> nodes) {
        public Violation {
            nodes = List.copyOf(nodes);
        }

        /** Several lines: the rule and each element, for a failure message. */
        public String describe() {
            StringBuilder text = new StringBuilder(impact + ": " + rule + ": " + help + " (" + helpUrl + ")");
            for (Node node : nodes) {
                text.append("\n    at ").append(node.target()).append(": ").append(node.html())
                        .append("\n      ").append(node.summary().replace("\n", "\n      "));
            }
            return text.toString();
        }
    }

    private Axe() {
    }

    /** The open page's violations of axe's default rules (WCAG 2.x A and AA and best practices). */
    public static List<Violation> run(Browser browser) {
        if (!Boolean.TRUE.equals(browser.js("return typeof window.axe === 'object';"))) {
            browser.js(script());
        }
        String json = browser.jsAsync("axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations)), e => done('error: ' + e));");
        if (json.startsWith("error: ")) {
            throw new AssertionError("axe-core failed on " + browser.path() + ": " + json);
        }
        try {
            List<Violation> violations = new ArrayList<>();
            for (JsonNode v : new ObjectMapper().readTree(json)) {
                List<Node> nodes = new ArrayList<>();
                for (JsonNode n : v.path("nodes")) {
                    nodes.add(new Node(n.path("target").toString(), n.path("html").asText(),
                            n.path("failureSummary").asText()));
                }
                violations.add(new Violation(v.path("id").asText(), v.path("impact").asText(), v.path("help").asText(),
                        v.path("helpUrl").asText(), nodes));
            }
            return violations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized String script() {
        if (script == null) {
            try {
                script = Files.readString(Project.axeScript());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }
}
