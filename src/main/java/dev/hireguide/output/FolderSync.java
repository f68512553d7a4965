package dev.hireguide.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Keeps a folder equal to the latest build by changing only what changed: a file is written
 * when it is new or its bytes differ from what this object last wrote there, and files the
 * site no longer has are deleted. Each file is replaced by an atomic rename, so a reader (the
 * dev server) sees the old bytes or the new ones, never half a file. The folder must be one
 * only this object writes; the first sync, and any sync after a failure, empties it and writes
 * everything.
 */
public final class FolderSync {

    /** A copied file as it was when copied: copied again when any of these changes. */
    private record CopyStamp(Path source, long size, FileTime modified) {
    }

    /** What is in the folder, by path: the bytes written, or the stamp of the copied source. Null: unknown. */
    private Map<String, Object> present;
    private int lastWritten;
    private int lastDeleted;

    /**
     * Brings {@code out} to exactly {@code files} (plus the output marker).
     *
     * @return how many files were written
     */
    public int sync(Path out, Path root, List<OutputFile> files) throws OutputException {
        OutputGuard.check(out, root);
        Path target = out.toAbsolutePath().normalize();
        Map<String, Object> before = present;
        present = null;  // until this sync has finished, the folder's content is unknown
        lastWritten = 0;
        lastDeleted = 0;
        try {
            if (before == null) {
                clear(target);
                before = Map.of();
            }
            Files.createDirectories(target);
            if (!Files.exists(target.resolve(OutputGuard.MARKER))) {
                Files.writeString(target.resolve(OutputGuard.MARKER), SiteWriter.MARKER_TEXT);
            }
            Map<String, Object> after = new HashMap<>();
            for (OutputFile file : files) {
                after.put(file.path(), content(file));
            }
            for (String path : before.keySet()) {
                if (!after.containsKey(path)) {
                    delete(target, path);
                    lastDeleted++;
                }
            }
            for (OutputFile file : files) {
                writeIfChanged(target, before.get(file.path()), file, after.get(file.path()));
            }
            present = after;
            return lastWritten;
        } catch (IOException e) {
            throw failed(out, e);
        }
    }

    /**
     * Brings {@code out} from the last sync's files to those files with {@code changed} in place
     * (or added) and {@code removed} gone, writing only what differs: for a rebuild that knows
     * which files it made again. Needs a sync before it; otherwise it does nothing and returns -1.
     *
     * @return how many files were written
     */
    public int update(Path out, Path root, List<OutputFile> changed, Collection<String> removed) throws OutputException {
        if (present == null) {
            return -1;
        }
        OutputGuard.check(out, root);
        Path target = out.toAbsolutePath().normalize();
        Map<String, Object> now = present;
        present = null;
        lastWritten = 0;
        lastDeleted = 0;
        try {
            for (OutputFile file : changed) {
                Object content = content(file);
                writeIfChanged(target, now.put(file.path(), content), file, content);
            }
            for (String path : removed) {
                if (now.remove(path) != null) {
                    delete(target, path);
                    lastDeleted++;
                }
            }
            present = now;
            return lastWritten;
        } catch (IOException e) {
            throw failed(out, e);
        }
    }

    private static OutputException failed(Path out, IOException e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return OutputException.failed("cannot update " + out + " (" + detail + ")",
                "check that the folder can be written; the next build writes it whole", e);
    }

    /** Files written by the last {@link #sync}. */
    public int lastWritten() {
        return lastWritten;
    }

    /** Files deleted by the last {@link #sync}. */
    public int lastDeleted() {
        return lastDeleted;
    }

    /** What a file holds as this object remembers it: its bytes, or the stamp of the file it is copied from. */
    private static Object content(OutputFile file) throws IOException {
        byte[] content = file.content();
        return content != null ? content : stamp(file.copyFrom());
    }

    /** Writes the file unless the folder holds {@code now} there already ({@code old}, null when unknown). */
    private void writeIfChanged(Path target, Object old, OutputFile file, Object now) throws IOException {
        if (old == null || !same(old, now)) {
            write(target, file, now instanceof byte[] bytes ? bytes : null);
            lastWritten++;
        }
    }

    private static boolean same(Object old, Object now) {
        if (old instanceof byte[] a && now instanceof byte[] b) {
            return a == b || Arrays.equals(a, b);
        }
        return Objects.equals(old, now);
    }

    private static CopyStamp stamp(Path source) throws IOException {
        return new CopyStamp(source, Files.size(source), Files.getLastModifiedTime(source));
    }

    /** Writes {@code content}, or copies the file's source when it has none. */
    private static void write(Path target, OutputFile file, byte[] content) throws IOException {
        Path dest = target.resolve(file.path()).normalize();
        if (!dest.startsWith(target) || dest.equals(target)) {
            throw new IOException("output path leaves the output folder: " + file.path());
        }
        Files.createDirectories(dest.getParent());
        Path temp = dest.resolveSibling("." + dest.getFileName() + ".tmp-" + UUID.randomUUID());
        try {
            if (content != null) {
                Files.write(temp, content);
            } else {
                Files.copy(file.copyFrom(), temp, StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                Files.move(temp, dest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, dest, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Deletes a file the site no longer has, then the folders it leaves empty. */
    private static void delete(Path target, String path) throws IOException {
        Path file = target.resolve(path).normalize();
        if (!file.startsWith(target) || file.equals(target)) {
            return;
        }
        Files.deleteIfExists(file);
        for (Path dir = file.getParent(); dir != null && !dir.equals(target) && dir.startsWith(target);
             dir = dir.getParent()) {
            try {
                Files.delete(dir);
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                break;
            }
        }
    }

    /** Empties the folder (which {@link OutputGuard} allowed us to replace). */
    private static void clear(Path target) throws IOException {
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> entries = Files.list(target)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                SiteWriter.deleteQuietly(entry);
                if (Files.exists(entry, LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException("cannot delete " + entry);
                }
            }
        }
    }
}
