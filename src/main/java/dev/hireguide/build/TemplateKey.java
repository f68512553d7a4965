package dev.hireguide.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A hash of the site's theme folder, static files and archetypes left out: what page
 * rendering reads from it. Two builds with the same key render pages with the same templates.
 */
final class TemplateKey {

    private static final List<String> NOT_RENDERING = List.of("static", "archetypes");

    private TemplateKey() {
    }

    static String of(Path themeDir) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        if (!Files.isDirectory(themeDir)) {
            return "none";
        }
        try (Stream<Path> walk = Files.walk(themeDir)) {
            List<Path> files = walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .filter(f -> !NOT_RENDERING.contains(themeDir.relativize(f).getName(0).toString()))
                    .sorted().toList();
            for (Path file : files) {
                digest.update(themeDir.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(ParseCache.digest(Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            // A theme being edited can vanish between listing and reading: render everything.
            return "unreadable-" + System.nanoTime();
        } catch (UncheckedIOException e) {
            return "unreadable-" + System.nanoTime();
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
