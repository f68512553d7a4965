package dev.hireguide.scan;

import java.nio.file.Path;

/**
 * A file under content/.
 *
 * @param relPath  path relative to content/, with forward slashes ({@code guides/fastapi.md})
 * @param absolute where it is on disk
 * @param size     its size in bytes when scanned
 */
public record SourceFile(String relPath, Path absolute, long size) {

    /** The path printed in diagnostics, relative to the site root: {@code content/guides/fastapi.md}. */
    public String displayPath() {
        return "content/" + relPath;
    }

    public boolean isMarkdown() {
        return relPath.endsWith(".md");
    }
}
