package dev.hireguide.markdown;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/** Runs a render on a thread with a chosen stack size, as the build's workers do. */
final class RenderThreads {

    /** The stack size of the build's worker threads. */
    static final long WORKER_STACK = 64L << 20;

    private RenderThreads() {
    }

    static RenderedMarkdown render(MarkdownRenderer renderer, String markdown, long stackSize) throws Exception {
        FutureTask<RenderedMarkdown> task = new FutureTask<>(() -> renderer.render(markdown, "page.md", 1));
        Thread thread = new Thread(null, task, "render-worker", stackSize);
        // If a test times out, the worker must not keep the test JVM alive.
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw new AssertionError("render threw " + e.getCause(), e.getCause());
        }
    }
}
