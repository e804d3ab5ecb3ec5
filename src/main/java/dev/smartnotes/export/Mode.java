package dev.smartnotes.export;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** How the tasks of a run are executed; each single mode is one kind of {@link ExecutorService}. */
public enum Mode {
    /** One after another on the calling thread: the baseline. */
    SEQUENTIAL,
    /** One virtual thread per task. */
    CONCURRENT,
    /** A fixed pool of platform threads, as before virtual threads. */
    THREADS,
    /** All three on the same notes, side by side. */
    COMPARE;

    /** The executor of one run in this mode; {@code threads} is the pool size of {@link #THREADS}. */
    ExecutorService executor(int threads) {
        return switch (this) {
            case SEQUENTIAL -> new DirectExecutorService();
            case CONCURRENT -> Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("export-", 0).factory());
            case THREADS -> Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("export-pool-", 0).daemon().factory());
            case COMPARE -> throw new IllegalArgumentException("compare runs the other modes one after another");
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
