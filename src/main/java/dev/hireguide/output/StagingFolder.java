package dev.hireguide.output;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A new site being written beside the output ({@code .site.tmp-…}), while the build goes on:
 * pages can be written as soon as they are rendered, so that their text is garbage at once
 * instead of held until the end of the build. {@link #commit} writes the last files and swaps
 * the folder in; {@link #close} without a commit deletes it, so a build that fails leaves the old
 * site as it was. The output's lock is held from {@link SiteWriter#stage} to {@link #close}.
 *
 * <p>Files are written by four writer threads, since creating a file mostly waits on the file
 * system. Whoever hands a file over never writes it: the queue is unbounded, so that rendering a
 * page is never held up by the disk (at worst the queue holds what the build used to hold anyway).
 * Files are handed to the writers {@value #BATCH} at a time: waking a sleeping writer for each
 * file was a system call on both sides, about 0.2 s of CPU for 16,000 files.
 */
public final class StagingFolder implements AutoCloseable {

    private static final int WRITERS = 4;
    /** How many files wait in {@link #queued} before a writer is given them. */
    private static final int BATCH = 16;
    /** How long a failed build waits for its writers to stop before deleting the folder. */
    private static final long STOP_SECONDS = 60;

    private final Path out;
    private final Path staging;
    private final FileChannel lockChannel;
    private final ThreadPoolExecutor writers;
    /**
     * Folders made so far: most pages have one of their own, and asking again costs a failed
     * system call. A folder is in the map only once it is made, since another writer may be
     * about to write into it.
     */
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    /** Files handed over and not yet written; {@link #drain} waits for none. */
    private final AtomicInteger pending = new AtomicInteger();
    /** Files handed over and not yet taken by a writer. */
    private final Queue<OutputFile> queued = new ConcurrentLinkedQueue<>();
    /** Files handed over so far: each {@link #BATCH}th sets a writer to work on those queued. */
    private final AtomicInteger handedOver = new AtomicInteger();
    /** Set when the writers are told to stop: a writer takes no file after that. */
    private volatile boolean stopping;
    private final Object drained = new Object();
    private volatile boolean closed;
    /** Set when {@link #commit} begins: a page handed over after that would be missing, so it fails the commit. */
    private volatile boolean committing;
    private boolean committed;

    StagingFolder(Path out, Path staging, FileChannel lockChannel) throws IOException {
        this.out = out;
        this.staging = staging;
        this.lockChannel = lockChannel;
        Files.createDirectories(staging);
        Files.writeString(staging.resolve(OutputGuard.MARKER), SiteWriter.MARKER_TEXT);
        folders.put(staging, true);
        writers = new ThreadPoolExecutor(WRITERS, WRITERS, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "hireguide-writer");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Hands one file over to be written, from any thread; a failure is reported by
     * {@link #commit}. Its path is taken: a file at the same path among {@link #commit}'s
     * {@code files} is left out (pages win over other files at one path). Once the folder is
     * committed or closed, this does nothing.
     */
    public void write(String path, byte[] content) {
        if (committing && !closed) {
            failure.compareAndSet(null, new IllegalStateException(path + " was handed over after the commit began"));
            return;
        }
        write(new OutputFile(path, content, null), false);
    }

    /**
     * Writes {@code files} (but those whose path is written already) and the files {@code more}
     * makes, then swaps the new site in; returns the number of files written. {@code more} runs
     * on the calling thread while the writer threads write, so that work which ends in a few
     * files (the search index) overlaps with writing the many; its files are written last, over
     * any other file at their path.
     */
    public int commit(List<OutputFile> files, Supplier<List<OutputFile>> more) throws OutputException {
        committing = true;
        for (OutputFile file : files) {
            write(file, false);
        }
        startWriter();
        List<OutputFile> made = more.get();
        awaitOrFail(this::drain);
        for (OutputFile file : made) {
            write(file, true);
        }
        startWriter();
        writers.shutdown();
        awaitOrFail(() -> writers.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS));
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
        closed = true;
        try {
            if (!committed) {
                stopWriters();
                SiteWriter.deleteQuietly(staging);
            }
        } finally {
            try {
                lockChannel.close(); // which releases the lock
            } catch (IOException e) {
                throw SiteWriter.failed("cannot unlock " + out, e);
            }
        }
    }

    private void write(OutputFile file, boolean over) {
        if (closed || !(written.add(file.path()) || over)) {
            return;
        }
        pending.incrementAndGet();
        queued.add(file);
        if (handedOver.incrementAndGet() % BATCH == 0) {
            startWriter();
        }
    }

    /** Sets a writer to work on the files queued, until none is left. */
    private void startWriter() {
        try {
            writers.execute(this::writeQueued);
        } catch (RejectedExecutionException e) {
            // Only once the writers are stopped: after a failure, or from a page that ran past
            // its time. The files still queued are dropped when they stop (stopWriters).
        }
    }

    /** Writes the files queued until none is left, or the writers are told to stop. */
    private void writeQueued() {
        for (OutputFile file; !stopping && (file = queued.poll()) != null; ) {
            try {
                if (failure.get() == null) {
                    writeOne(file);
                }
            } catch (Throwable e) {
                // Errors too: a file that was not written must fail the commit, not vanish.
                failure.compareAndSet(null, e);
            } finally {
                done();
            }
        }
    }

    private void done() {
        if (pending.decrementAndGet() == 0) {
            synchronized (drained) {
                drained.notifyAll();
            }
        }
    }

    private boolean drain() throws InterruptedException {
        synchronized (drained) {
            while (pending.get() > 0) {
                drained.wait();
            }
        }
        return true;
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
            // A file's bytes may be made here (see OutputFile#later): name the file a failure was for.
            throw new IllegalStateException("making " + file.path() + " failed", e);
        }
        if (content != null) {
            Files.write(dest, content);
        } else {
            Files.copy(file.copyFrom(), dest, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A wait that, if this thread is interrupted, fails the commit instead of going on. */
    private interface Wait {
        boolean await() throws InterruptedException;
    }

    private void awaitOrFail(Wait wait) throws OutputException {
        try {
            wait.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopWriters();
            throw SiteWriter.failed("cannot write the site to " + staging.getParent(),
                    new InterruptedIOException("stopped while writing the site"));
        }
    }

    /**
     * Stops the writers and waits for them (a minute at most, interrupted or not), so that none
     * writes into the folder after it is deleted.
     */
    private void stopWriters() {
        stopping = true;
        writers.shutdownNow();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STOP_SECONDS);
        boolean interrupted = false;
        while (!writers.isTerminated() && System.nanoTime() < deadline) {
            try {
                writers.awaitTermination(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        // The files still waiting are dropped, and so no longer pending.
        while (queued.poll() != null) {
            done();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
