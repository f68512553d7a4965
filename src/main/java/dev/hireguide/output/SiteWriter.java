package dev.hireguide.output;

import java.io.IOException;
import java.io.InterruptedIOException;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Writes a site so that the output folder is always a complete site: files go into a staging
 * folder beside the output ({@code .site.tmp-…}), which replaces the output by two renames only
 * once every file is written. A build killed midway leaves the old site, and the next build
 * removes what it left behind. A lock file keeps two builds of one output apart.
 */
public final class SiteWriter {

    /** The text of the {@link OutputGuard#MARKER} file. */
    /** Threads that write files at once. */
    private static final int WRITERS = 4;

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

    /** Writes {@code files} as the new content of {@code out}; returns the number of files written. */
    public static int write(Path out, Path root, List<OutputFile> files) throws OutputException {
        return write(out, root, files, List::of);
    }

    /**
     * Writes {@code files} and the files {@code more} makes as the new content of {@code out};
     * returns the number of files written. {@code more} runs on the calling thread while the
     * writer threads write {@code files}, so that work which ends in a few files (the search
     * index) overlaps with writing the many; if it throws, nothing is written.
     */
    public static int write(Path out, Path root, List<OutputFile> files, Supplier<List<OutputFile>> more)
            throws OutputException {
        OutputGuard.check(out, root);
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw failed("cannot create " + parent, e);
        }
        try (FileChannel lockChannel = FileChannel.open(parent.resolve("." + name + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = tryLock(lockChannel, out)) {
            recoverAndClean(parent, name, target);
            Path staging = parent.resolve("." + name + ".tmp-" + UUID.randomUUID());
            int written;
            try {
                written = writeAll(staging, files, more);
            } catch (IOException e) {
                deleteQuietly(staging);
                throw failed("cannot write the site to " + staging.getParent(), e);
            } catch (RuntimeException e) {
                // A page whose bytes could not be made (a bug): the old site stays, and no half-written copy.
                deleteQuietly(staging);
                throw e;
            }
            swap(staging, target, parent, name);
            return written;
        } catch (IOException e) {
            throw failed("cannot lock " + out, e);
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

    private static int writeAll(Path staging, List<OutputFile> files, Supplier<List<OutputFile>> more)
            throws IOException {
        Files.createDirectories(staging);
        Files.writeString(staging.resolve(OutputGuard.MARKER), MARKER_TEXT);
        // Each folder is made once (most pages have one of their own): asking again for a folder
        // that exists costs a failed system call and an exception.
        Set<Path> folders = new HashSet<>();
        folders.add(staging);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS, runnable -> {
            Thread thread = new Thread(runnable, "hireguide-writer");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Void>> parts = writeFiles(writers, files, targets(staging, files, folders));
            List<OutputFile> made = more.get();
            finish(parts);
            finish(writeFiles(writers, made, targets(staging, made, folders)));
            return files.size() + made.size();
        } finally {
            // On a failure, the writers still busy are stopped and awaited, so that none writes
            // into the staging folder after the caller has deleted it.
            writers.shutdownNow();
            awaitQuietly(writers);
        }
    }

    private static void awaitQuietly(ExecutorService writers) {
        try {
            writers.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<Path> targets(Path staging, List<OutputFile> files, Set<Path> folders) throws IOException {
        List<Path> targets = new ArrayList<>(files.size());
        for (OutputFile file : files) {
            Path dest = staging.resolve(file.path()).normalize();
            if (!dest.startsWith(staging)) {
                throw new IOException("output path leaves the output folder: " + file.path());
            }
            if (folders.add(dest.getParent())) {
                Files.createDirectories(dest.getParent());
            }
            targets.add(dest);
        }
        return targets;
    }

    /**
     * Starts writing the files on the writer threads: creating a file is a system call that
     * waits on the file system, so several in flight at once finish sooner, even on one core.
     */
    private static List<Future<Void>> writeFiles(ExecutorService writers, List<OutputFile> files, List<Path> targets) {
        List<Future<Void>> parts = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int first = w;
            parts.add(writers.submit(() -> {
                for (int i = first; i < files.size(); i += WRITERS) {
                    writeOne(files.get(i), targets.get(i));
                }
                return null;
            }));
        }
        return parts;
    }

    private static void finish(List<Future<Void>> parts) throws IOException {
        try {
            for (Future<Void> part : parts) {
                part.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("writing the site failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("stopped while writing the site");
        }
    }

    private static void writeOne(OutputFile file, Path dest) throws IOException {
        byte[] content;
        try {
            content = file.content();
        } catch (RuntimeException e) {
            // A page's bytes are made here (see OutputFile#later): name the page a failure was for.
            throw new IllegalStateException("making " + file.path() + " failed", e);
        }
        if (content != null) {
            Files.write(dest, content);
        } else {
            Files.copy(file.copyFrom(), dest, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void swap(Path staging, Path target, Path parent, String name) throws OutputException {
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

    private static OutputException failed(String message, IOException e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String hint = detail.contains("No space") ? "free some disk space, then build again"
                : "check that the folder exists and can be written; the previous site was left as it was";
        return OutputException.failed(message + " (" + detail + ")", hint, e);
    }
}
