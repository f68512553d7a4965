package dev.hireguide.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** Writes a corpus into a folder on disk. It only creates files; it never deletes any. */
public final class CorpusWriter implements CorpusSink {

    private final Path root;
    // Creating each folder once saves a system call per file on a corpus of many files.
    private final Set<Path> folders = new HashSet<>();

    public CorpusWriter(Path root) {
        this.root = root;
    }

    /** Generates a corpus of {@code pages} pages with {@code seed} into {@code root}. */
    public static CorpusSummary write(Path root, int pages, long seed) throws IOException {
        return CorpusGenerator.generate(pages, seed, new CorpusWriter(root));
    }

    @Override
    public void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Path folder = file.getParent();
        if (folders.add(folder)) {
            Files.createDirectories(folder);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
