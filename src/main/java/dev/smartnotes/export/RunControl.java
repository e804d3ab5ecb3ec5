package dev.smartnotes.export;

import dev.smartnotes.notes.IoFailures;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
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

    static final String TOO_MANY_OPEN_FILES = "too many open files: the process may open fewer than the run needs; "
            + "pass a lower --max-open, or raise the limit (ulimit -n)";

    /**
     * Stops the run after a failure writing {@code file} that no other file can escape either (a
     * full or read-only disk, the output folder removed, no file handle left), rather than failing
     * every task one by one.
     */
    void stopIfFatal(String file, IOException e) {
        String why = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
        if (e instanceof NoSuchFileException) {
            cancel("the output folder of " + file + " was removed during the export");
        } else if (why != null && (why.contains("No space left") || why.contains("Read-only file system")
                || why.contains("Disk quota"))) {
            cancel(IoFailures.reason(e) + " (writing " + file + ")");
        } else if (why != null && why.contains("Too many open files")) {
            cancel(TOO_MANY_OPEN_FILES);
        }
    }

    /**
     * Stops the run if {@code failure} is (or was caused by) the heap running out, which no other
     * note escapes either; true if it was.
     */
    boolean stopIfOutOfMemory(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                cancel(outOfMemory());
                return true;
            }
        }
        return false;
    }

    /** One line for a run that ran out of memory: the heap it had and one that should do. */
    public static String outOfMemory() {
        long mib = Runtime.getRuntime().maxMemory() >> 20;
        long suggested = Math.max(1, (2 * mib + 1023) / 1024);
        return "out of memory: the Java heap of " + mib + " MB is too small for this run; give it more, for example SMARTNOTES_OPTS=-Xmx"
                + suggested + "g";
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
