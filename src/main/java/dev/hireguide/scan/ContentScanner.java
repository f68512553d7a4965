package dev.hireguide.scan;

import dev.hireguide.diag.Diagnostic;
import dev.hireguide.diag.SourcePosition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lists the files of content/. Hidden files and folders (names starting with a dot) are
 * skipped, as editors' tools leave them there. Symbolic links are never followed, so content
 * cannot pull in files from outside the site; each one is reported as a warning.
 */
public final class ContentScanner {

    /** Files under content/ that configure the site rather than being pages or assets. */
    private static final List<String> RESERVED = List.of("site.yaml");

    private ContentScanner() {
    }

    public static ScanResult scan(Path contentDir) {
        List<SourceFile> pages = new ArrayList<>();
        List<SourceFile> assets = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        try {
            Files.walkFileTree(contentDir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(contentDir) && dir.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String rel = relative(contentDir, file);
                    if (file.getFileName().toString().startsWith(".") || RESERVED.contains(rel)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink()) {
                        diagnostics.add(Diagnostic.warning(SourcePosition.of("content/" + rel),
                                "symbolic link not followed",
                                "copy the file into content/ instead of linking to it"));
                    } else if (attrs.isRegularFile()) {
                        SourceFile source = new SourceFile(rel, file, attrs.size());
                        (source.isMarkdown() ? pages : assets).add(source);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    diagnostics.add(Diagnostic.error(SourcePosition.of("content/" + relative(contentDir, file)),
                            "cannot read: " + e.getClass().getSimpleName(),
                            "check the file's permissions"));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Comparator<SourceFile> byPath = Comparator.comparing(SourceFile::relPath);
        pages.sort(byPath);
        assets.sort(byPath);
        return new ScanResult(pages, assets, diagnostics);
    }

    private static String relative(Path base, Path file) {
        return base.relativize(file).toString().replace('\\', '/');
    }
}
