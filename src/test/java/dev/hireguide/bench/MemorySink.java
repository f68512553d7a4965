package dev.hireguide.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.TreeMap;

/** Keeps a generated corpus in memory, by path, for tests. */
final class MemorySink implements CorpusSink {

    final Map<String, String> files = new TreeMap<>();
    CorpusSummary summary;

    static MemorySink generate(int pages, long seed) {
        MemorySink sink = new MemorySink();
        try {
            sink.summary = CorpusGenerator.generate(pages, seed, sink);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return sink;
    }

    @Override
    public void write(String path, String text) {
        if (files.put(path, text) != null) {
            throw new AssertionError("written twice: " + path);
        }
    }

    /** A SHA-256 over every path and text, in path order. */
    String hash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((path, text) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** The content pages (not _index.md) under {@code root}, e.g. {@code content/}. */
    Map<String, String> pages(String root) {
        Map<String, String> pages = new TreeMap<>();
        files.forEach((path, text) -> {
            if (path.startsWith(root) && path.endsWith(".md") && !path.endsWith("_index.md")) {
                pages.put(path.substring(root.length()), text);
            }
        });
        return pages;
    }

    long count(String root, String suffix) {
        return files.keySet().stream().filter(p -> p.startsWith(root) && p.endsWith(suffix)).count();
    }

    /** The Markdown after the front matter. */
    static String body(String text) {
        int end = text.indexOf("\n---\n", 4);
        return text.substring(end + 5);
    }
}
