package dev.smartnotes.export;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The memory budget of notes in flight, in KiB: one thread takes room for each note it starts and
 * the note's tasks give it back. Unlike a Semaphore, which wakes its waiter on every release, a
 * taker that finds the budget full sleeps until a quarter of it is free again, so that thousands of
 * small notes cost a few dozen wake-ups rather than one each.
 */
final class Room {
    private final long capacity;
    private final AtomicLong free;
    /** The free room the waiting taker needs before it is woken, or Long.MAX_VALUE when none waits. */
    private volatile long wanted = Long.MAX_VALUE;
    private volatile Thread taker;

    Room(long capacity) {
        this.capacity = capacity;
        this.free = new AtomicLong(capacity);
    }

    /** Takes {@code kib} (at most the capacity), waiting while too little is free; only one thread may take. */
    void take(long kib) throws InterruptedException {
        if (free.get() < kib) {
            await(Math.min(capacity, Math.max(kib, capacity / 4)));
        }
        free.addAndGet(-kib);
    }

    /** Gives back room taken earlier; wakes the taker once enough is free. */
    void give(long kib) {
        if (free.addAndGet(kib) >= wanted) {
            LockSupport.unpark(taker);
        }
    }

    /** Waits until every piece of room taken has been given back. */
    void awaitAll() throws InterruptedException {
        if (free.get() < capacity) {
            await(capacity);
        }
    }

    private void await(long enough) throws InterruptedException {
        taker = Thread.currentThread();
        wanted = enough; // written before free is read again, and give() reads it after adding: one of them sees the other
        try {
            while (free.get() < enough) {
                LockSupport.park(this);
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
        } finally {
            wanted = Long.MAX_VALUE;
        }
    }
}
