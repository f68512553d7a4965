package dev.hireguide.output;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A new site being written beside the output ({@code .site.tmp-…}), while the build goes on:
 * pages can be written as soon as they are rendered, so that their text is garbage at once
 * instead of held until the end of the build. {@link #commit} writes the last files and swaps
 * the folder in; {@link #close} without a commit deletes it, so a build that fails leaves the old
 * site as it was. The output's lock is held from {@link SiteWriter#stage} to {@link #close}.
 */
public final class StagingFolder implements AutoCloseable {

    /** Threads that write files at once: creating a file mostly waits on the file system. */
    private static final int WRITERS = 4;
    /** Files waiting for a writer; past that, a thread that hands one over writes it itself. */
    private static final int WAITING = 64;

    private final Path out;
    private final Path staging;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final ThreadPoolExecutor writers;
    /**
     * Folders made so far: most pages have one of their own, and asking again costs a failed
     * system call. A folder is in the map only once it is made, since another writer may be
     * about to write into it.
     */
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private boolean committed;

    StagingFolder(Path out, Path staging, FileChannel lockChannel, FileLock lock) throws IOException {
        this.out = out;
        this.staging = staging;
        this.lockChannel = lockChannel;
        this.lock = lock;
        Files.createDirectories(staging);
        Files.writeString(staging.resolve(OutputGuard.MARKER), SiteWriter.MARKER_TEXT);
        folders.put(staging, true);
        writers = new ThreadPoolExecutor(WRITERS, WRITERS, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(WAITING),
                runnable -> {
                    Thread thread = new Thread(runnable, "hireguide-writer");
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
    }

    /**
     * Writes one file now, from any thread; a failure is reported by {@link #commit}. Its path
     * is taken: a file of the same path given to {@link #commit} is left out (pages win over
     * other files at one path).
     */
    public void write(String path, byte[] content) {
        write(new OutputFile(path, content, null));
    }

    /**
     * Writes {@code files} (but those whose path is written already) and the files {@code more}
     * makes, then swaps the new site in; returns the number of files written. {@code more} runs
     * on the calling thread while the writer threads write, so that work which ends in a few
     * files (the search index) overlaps with writing the many.
     */
    public int commit(List<OutputFile> files, Supplier<List<OutputFile>> more) throws OutputException {
        for (OutputFile file : files) {
            if (!written.contains(file.path())) {
                write(file);
            }
        }
        List<OutputFile> made;
        try {
            made = more.get();
        } catch (RuntimeException e) {
            stopWriters();
            throw e;
        }
        made.forEach(this::write);
        writers.shutdown();
        awaitWriters();
        Throwable failed = failure.get();
        if (failed instanceof IOException io) {
            throw SiteWriter.failed("cannot write the site to " + staging.getParent(), io);
        }
        if (failed != null) {
            throw new IllegalStateException("writing the site failed", failed);
        }
        SiteWriter.swap(staging, out.toAbsolutePath().normalize());
        committed = true;
        return written.size();
    }

    /** Deletes the folder unless it was committed, and lets go of the output's lock. */
    @Override
    public void close() throws OutputException {
        try {
            if (!committed) {
                stopWriters();
                SiteWriter.deleteQuietly(staging);
            }
        } finally {
            try {
                lock.release();
                lockChannel.close();
            } catch (IOException e) {
                throw SiteWriter.failed("cannot unlock " + out, e);
            }
        }
    }

    private void write(OutputFile file) {
        if (!written.add(file.path())) {
            // Two files at one path: the collision check refuses that site, so no page is written twice.
            return;
        }
        writers.execute(() -> {
            if (failure.get() != null) {
                return;
            }
            try {
                writeOne(file);
            } catch (IOException | RuntimeException e) {
                failure.compareAndSet(null, e);
            }
        });
    }

    private void writeOne(OutputFile file) throws IOException {
        Path dest = staging.resolve(file.path()).normalize();
        if (!dest.startsWith(staging)) {
            throw new IOException("output path leaves the output folder: " + file.path());
        }
        try {
            folders.computeIfAbsent(dest.getParent(), folder -> {
                try {
                    Files.createDirectories(folder);
                    return true;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        byte[] content;
        try {
            content = file.content();
        } catch (RuntimeException e) {
            // A page's bytes may be made here (see OutputFile#later): name the page a failure was for.
            throw new IllegalStateException("making " + file.path() + " failed", e);
        }
        if (content != null) {
            Files.write(dest, content);
        } else {
            Files.copy(file.copyFrom(), dest, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Stops the writers and waits for them, so that none writes into the folder after it is deleted. */
    private void stopWriters() {
        writers.shutdownNow();
        try {
            awaitWriters();
        } catch (OutputException e) {
            // Stopping after a failure: that failure is the one reported.
        }
    }

    private void awaitWriters() throws OutputException {
        try {
            writers.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SiteWriter.failed("cannot write the site to " + staging.getParent(),
                    new InterruptedIOException("stopped while writing the site"));
        }
    }
}
