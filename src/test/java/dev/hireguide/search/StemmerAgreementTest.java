package dev.hireguide.search;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * search.js stems a query as PorterStemmer.java stemmed the index, else a query would miss.
 * Runs the theme's script in Node (skipped where Node is not installed) over every word of the
 * sample site.
 */
class StemmerAgreementTest {

    private static final String SHIM = """
            const fs = require('fs');
            global.window = global;
            global.location = { protocol: 'http:' };
            global.document = { currentScript: { src: 'http://x/js/search.js' }, readyState: 'complete',
              getElementById: () => null, addEventListener: () => {} };
            eval(fs.readFileSync(process.argv[2], 'utf8'));
            const words = fs.readFileSync(process.argv[3], 'utf8').split('\\n').filter(Boolean);
            process.stdout.write(words.map(w => window.hireguideSearch.stem(w)).join('\\n') + '\\n');
            """;

    @TempDir
    Path dir;

    @Test
    void theBrowserStemsEveryWordOfTheSampleSiteAsTheBuildDoes() throws Exception {
        Assumptions.assumeTrue(nodeAvailable(), "node is not installed");
        TreeSet<String> words = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                words.addAll(Tokenizer.words(Files.readString(file)));
            }
        }
        List<String> list = List.copyOf(words);
        Files.writeString(dir.resolve("words.txt"), String.join("\n", list) + "\n");
        Files.writeString(dir.resolve("shim.js"), SHIM);
        Process node = new ProcessBuilder("node", dir.resolve("shim.js").toString(),
                Path.of("themes/default/static/js/search.js").toAbsolutePath().toString(),
                dir.resolve("words.txt").toString()).redirectErrorStream(true).start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        node.waitFor(60, TimeUnit.SECONDS);
        List<String> stems = out.lines().toList();
        assertEquals(list.size(), stems.size(), out.length() > 500 ? out.substring(0, 500) : out);
        for (int i = 0; i < list.size(); i++) {
            assertEquals(PorterStemmer.stem(list.get(i)), stems.get(i), list.get(i));
        }
    }

    private static boolean nodeAvailable() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
