package dev.smartnotes.export;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Lets a signal (or a fatal error such as a full disk) stop a run: running tasks are interrupted,
 * tasks not yet started never start, and the run returns what was done.
 */
public final class RunControl {
    private final AtomicReference<String> reason = new AtomicReference<>();
    private volatile ExecutorService executor;
    private volatile Thread runner;

    /** Asks the run to stop; the first reason wins. */
    public void cancel(String why) {
        if (!reason.compareAndSet(null, why)) {
            return;
        }
        ExecutorService ex = executor;
        if (ex != null) {
            ex.shutdownNow();
        }
        Thread t = runner;
        if (t != null && t != Thread.currentThread()) {
            t.interrupt();
        }
    }

    public boolean cancelled() {
        return reason.get() != null;
    }

    /** Why the run was stopped, or null. */
    public String reason() {
        return reason.get();
    }

    void attach(ExecutorService ex, Thread thread) {
        executor = ex;
        runner = thread;
        if (cancelled()) {
            ex.shutdownNow();
        }
    }

    void detach() {
        executor = null;
        runner = null;
    }
}
