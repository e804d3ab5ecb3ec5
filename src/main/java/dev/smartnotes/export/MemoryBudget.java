package dev.smartnotes.export;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The memory bound of a run: how many KiB of notes may be read but not yet written, as the permits
 * of a {@link Semaphore}. The dispatcher takes a note's room before the note is read; the note gives
 * it back once its last file is written (before any simulated latency, which holds no note in
 * memory). Each note takes at least {@value #MIN_KIB} KiB, so at most a thousand are in flight:
 * plenty to keep the cores and the disk busy, whatever the notes' sizes.
 */
final class MemoryBudget {
    static final int CAPACITY_KIB = 4 * 1024;
    static final int MIN_KIB = 4;

    private final Semaphore room = new Semaphore(CAPACITY_KIB);

    /** Waits for room for {@code bytes} of a note; its {@code tasks} give it back with {@link Ticket#done()}. */
    Ticket admit(long bytes, int tasks) throws InterruptedException {
        int kib = (int) Math.clamp(bytes / 1024 + 1, MIN_KIB, CAPACITY_KIB);
        room.acquire(kib);
        return new Ticket(kib, tasks);
    }

    /** One note's room: given back when the last of its tasks is done, or at once by {@link #release()}; once either way. */
    final class Ticket {
        private final int kib;
        private final AtomicInteger remaining;
        private final AtomicBoolean returned = new AtomicBoolean();

        private Ticket(int kib, int tasks) {
            this.kib = kib;
            this.remaining = new AtomicInteger(tasks);
        }

        /** One task of the note is done with the note's data. */
        void done() {
            if (remaining.decrementAndGet() == 0) {
                release();
            }
        }

        /** The note needs its room no more (its tasks are done, or it needs none: up to date, filtered out, failed, never started). */
        void release() {
            if (returned.compareAndSet(false, true)) {
                room.release(kib);
            }
        }
    }
}
