package dev.hireguide.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Lists a theme's static files: the default theme bundled in the jar first, then the site's
 * theme folder on top, so a site's theme only needs the files it changes.
 */
public final class ThemeScanner {

    private static final String BUNDLED_STATIC = "themes/default/static";

    private ThemeScanner() {
    }

    /** The static files, sorted by path; {@code siteStatic} may be null or missing. */
    public static List<ThemeFile> staticFiles(Path siteStatic) {
        Map<String, byte[]> files = new TreeMap<>();
        readBundled(files);
        if (siteStatic != null && Files.isDirectory(siteStatic)) {
            readTree(siteStatic, files);
        }
        List<ThemeFile> result = new ArrayList<>();
        files.forEach((path, bytes) -> result.add(new ThemeFile(path, bytes)));
        return result;
    }

    private static void readBundled(Map<String, byte[]> files) {
        URL url = ThemeScanner.class.getClassLoader().getResource(BUNDLED_STATIC);
        if (url == null) {
            return;
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = openJar(uri)) {
                    readTree(jar.getPath(BUNDLED_STATIC), files);
                } catch (UnsupportedOperationException e) {
                    // The default file system of an already-open jar cannot be closed.
                }
            } else {
                readTree(Path.of(uri), files);
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("the bundled default theme cannot be read", e);
        }
    }

    private static FileSystem openJar(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }

    private static void readTree(Path dir, Map<String, byte[]> files) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) walk.filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS))::iterator) {
                String rel = dir.relativize(file).toString().replace('\\', '/');
                if (!rel.startsWith(".") && !rel.contains("/.")) {
                    files.put(rel, Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
