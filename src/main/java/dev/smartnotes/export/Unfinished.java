package dev.smartnotes.export;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The end-of-run wait: counts the notes whose tasks have started and not yet all finished. The
 * executor's own close cannot be the wait, because a note's read task starts its format tasks on
 * the same executor, which no longer takes tasks once it is closing; and a {@link java.util.concurrent.Phaser}
 * holds at most 65,535 parties, fewer than the notes that may wait out a long latency at once.
 */
final class Unfinished {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition none = lock.newCondition();
    private long count;

    void started() {
        lock.lock();
        try {
            count++;
        } finally {
            lock.unlock();
        }
    }

    void finished() {
        lock.lock();
        try {
            if (--count == 0) {
                none.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Waits until every note started has finished. */
    void awaitNone() throws InterruptedException {
        lock.lock();
        try {
            while (count > 0) {
                none.await();
            }
        } finally {
            lock.unlock();
        }
    }
}
