package dev.smartnotes.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;

/**
 * The files a run may have open at once (--max-open), shared by every note read, file written and
 * attachment copied: a Semaphore's permits, each taken right before a file is opened and given back
 * in {@code finally}. Never more than the process may open: the JVM itself keeps some files open
 * (its jars, its runtime image) and the walk one folder per level, so {@link #allowed} leaves them room.
 */
public final class OpenFiles {
    /** Files the run needs beside its reads and writes: the JVM's own, the walk's folders, the lock. */
    public static final int RESERVE = 40;

    private final int maxOpen;
    private final Semaphore permits;

    public OpenFiles(int maxOpen) {
        this.maxOpen = maxOpen;
        this.permits = new Semaphore(maxOpen);
    }

    /** What --max-open may be: {@code requested}, or fewer if a process of this {@link #processLimit} may not open that many. */
    public static int allowed(int requested, long limit) {
        return (int) Math.max(1, Math.min(requested, limit - RESERVE));
    }

    /** The soft limit of open files of this process, as Linux shows it; unknown elsewhere (then no limit is assumed). */
    public static long processLimit() {
        try {
            return Files.readAllLines(Path.of("/proc/self/limits")).stream()
                    .filter(line -> line.startsWith("Max open files"))
                    .map(line -> line.substring("Max open files".length()).strip().split("\\s+")[0])
                    .filter(value -> value.matches("\\d+"))
                    .mapToLong(Long::parseLong)
                    .findFirst()
                    .orElse(Long.MAX_VALUE);
        } catch (IOException | RuntimeException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Something done with files open. */
    public interface Work<T, E extends Exception> {
        T run() throws E, IOException;
    }

    /** Runs {@code work} with {@code files} files open; returns what it gives. */
    public <T, E extends Exception> T with(int files, Work<T, E> work) throws E, IOException, InterruptedException {
        int taken = acquire(files);
        try {
            return work.run();
        } finally {
            permits.release(taken);
        }
    }

    /** Waits until {@code files} more may be open (at most --max-open); returns how many permits it took. */
    int acquire(int files) throws InterruptedException {
        int taken = Math.min(files, maxOpen);
        permits.acquire(taken);
        return taken;
    }

    void release(int taken) {
        permits.release(taken);
    }
}
