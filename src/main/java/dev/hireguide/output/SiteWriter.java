package dev.hireguide.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes a site so that the output folder is always a complete site: files go into a staging
 * folder beside the output ({@code .site.tmp-…}), which replaces the output by two renames only
 * once every file is written. A build killed midway leaves the old site, and the next build
 * removes what it left behind. A lock file keeps two builds of one output apart.
 */
public final class SiteWriter {

    /** The text of the {@link OutputGuard#MARKER} file. */
    static final String MARKER_TEXT = "This folder is written by `hireguide build` and replaced on every build.\n";

    private SiteWriter() {
    }

    /**
     * Puts back the previous site if a build was killed between its two renames, and removes
     * staging folders that killed builds left. Run at the start of every build, so that even a
     * build that fails leaves a complete site in place.
     */
    public static void recover(Path out, Path root) throws OutputException {
        OutputGuard.check(out, root);
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (!Files.isDirectory(parent)) {
            return;
        }
        String name = target.getFileName().toString();
        try (FileChannel lockChannel = FileChannel.open(parent.resolve("." + name + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = tryLock(lockChannel, out)) {
            recoverAndClean(parent, name, target);
        } catch (IOException e) {
            throw failed("cannot clean up beside " + out, e);
        }
    }

    /**
     * Starts a new site for {@code out}: locks the output, cleans up after killed builds and
     * makes the staging folder, into which files can then be written while the build goes on.
     */
    public static StagingFolder stage(Path out, Path root) throws OutputException {
        OutputGuard.check(out, root);
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw failed("cannot create " + parent, e);
        }
        FileChannel lockChannel = null;
        try {
            lockChannel = FileChannel.open(parent.resolve("." + name + ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            tryLock(lockChannel, out); // held until the channel is closed
            recoverAndClean(parent, name, target);
            Path staging = parent.resolve("." + name + ".tmp-" + UUID.randomUUID());
            try {
                return new StagingFolder(out, staging, lockChannel);
            } catch (IOException e) {
                deleteQuietly(staging);
                throw failed("cannot write the site to " + parent, e);
            }
        } catch (IOException e) {
            closeQuietly(lockChannel);
            throw failed("cannot lock " + out, e);
        } catch (OutputException | RuntimeException e) {
            closeQuietly(lockChannel);
            throw e;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Closing releases the lock; there is nothing more to do.
            }
        }
    }

    private static FileLock tryLock(FileChannel channel, Path out) throws IOException, OutputException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw OutputException.failed("another build is writing " + out + " right now",
                    "wait for it to finish, then build again", null);
        }
        return lock;
    }

    /** Moves the finished staging folder to {@code target}, and the old site out of the way and away. */
    static void swap(Path staging, Path target) throws OutputException {
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        Path old = parent.resolve("." + name + ".old-" + UUID.randomUUID());
        try {
            boolean hadOld = Files.exists(target);
            if (hadOld) {
                move(target, old);
            }
            move(staging, target);
            if (hadOld) {
                deleteQuietly(old);
            }
        } catch (IOException e) {
            deleteQuietly(staging);
            throw failed("cannot replace " + target, e);
        }
    }

    /**
     * Cleans up after a build that was killed: a killed swap may have moved the old site aside
     * without moving the new one in, so an old copy is moved back first; then leftovers go.
     */
    private static void recoverAndClean(Path parent, String name, Path target) throws IOException {
        List<Path> olds = new ArrayList<>();
        List<Path> temps = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, "." + name + ".*")) {
            for (Path entry : entries) {
                String entryName = entry.getFileName().toString();
                if (entryName.startsWith("." + name + ".old-")) {
                    olds.add(entry);
                } else if (entryName.startsWith("." + name + ".tmp-")) {
                    temps.add(entry);
                }
            }
        }
        if (!Files.exists(target) && !olds.isEmpty()) {
            move(olds.remove(0), target);
        }
        for (Path leftover : olds) {
            deleteQuietly(leftover);
        }
        for (Path leftover : temps) {
            deleteQuietly(leftover);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // Best effort: the next build tries again.
        }
    }

    static OutputException failed(String message, IOException e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String hint = detail.contains("No space") ? "free some disk space, then build again"
                : "check that the folder exists and can be written; the previous site was left as it was";
        return OutputException.failed(message + " (" + detail + ")", hint, e);
    }
}
