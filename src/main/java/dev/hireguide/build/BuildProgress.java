package dev.hireguide.build;

/**
 * Hears how far a build has got, to show progress on a long build. Stages are announced in
 * pipeline order; {@link #advanced} is called from worker threads, so implementations must be
 * thread-safe. Every method does nothing by default.
 */
public interface BuildProgress {

    /** Progress that nobody listens to. */
    BuildProgress NONE = new BuildProgress() {
    };

    /** A stage started; {@code total} is how many files or pages it goes through, or 0 when it does not count. */
    default void started(String stage, int total) {
    }

    /** One more of the stage's {@code total} items is done ({@code done} so far). */
    default void advanced(String stage, int done, int total) {
    }

    /** The build is over, whether it succeeded or not. */
    default void finished() {
    }
}
