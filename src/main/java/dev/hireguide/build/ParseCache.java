package dev.hireguide.build;

import dev.hireguide.content.PageParser;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Parsed pages kept between builds, by path under content/ and a hash of the file's bytes: a
 * page whose bytes did not change is not parsed again. Parsing depends on nothing but the path
 * and the bytes, so a kept result is the one a new parse would give. Results with an error are
 * not kept, so that a page that timed out under load is tried again.
 */
final class ParseCache {

    private record Entry(byte[] digest, PageParser.Result result) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicInteger parsed = new AtomicInteger();

    /** The kept result for this file when its bytes are the same, else {@code parse}'s, which is kept. */
    PageParser.Result get(String relPath, byte[] bytes, Supplier<PageParser.Result> parse) {
        byte[] digest = digest(bytes);
        Entry entry = entries.get(relPath);
        if (entry != null && Arrays.equals(entry.digest(), digest)) {
            return entry.result();
        }
        parsed.incrementAndGet();
        PageParser.Result result = parse.get();
        if (result.diagnostics().stream().noneMatch(dev.hireguide.diag.Diagnostic::isError)) {
            entries.put(relPath, new Entry(digest, result));
        } else {
            entries.remove(relPath);
        }
        return result;
    }

    /** How many files were parsed since the last call (or {@link #endBuild}). */
    int takeCount() {
        return parsed.getAndSet(0);
    }

    /** Forgets files that are gone, and returns how many files were parsed since the last call. */
    int endBuild(Set<String> present) {
        entries.keySet().retainAll(present);
        return parsed.getAndSet(0);
    }

    static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
