package dev.smartnotes.collect;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bound of a collection writer's memory: how many items, and how many bytes of rows, producers
 * have handed over that the writer has not written yet, counting the rows that wait for their turn
 * in an ordered file. A producer waits at the gate until its item fits. One item always fits when
 * nothing is pending, and in an ordered file the row the writer waits for ({@code next}) always
 * fits: without it nothing would move. So the bound is the limits plus one row.
 */
final class Gate {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition room = lock.newCondition();
    private final int maxRows;
    private final long maxBytes;
    private final boolean ordered;
    private int rows;
    private long bytes;
    private long next;
    private boolean closed;
    private int peakRows;
    private long peakBytes;

    Gate(int maxRows, long maxBytes, boolean ordered) {
        this.maxRows = maxRows;
        this.maxBytes = maxBytes;
        this.ordered = ordered;
    }

    /** Waits until the item ({@code index} -1 for one outside the order) fits; false once the gate is closed. */
    boolean enter(long index, long size) throws InterruptedException {
        lock.lock();
        try {
            while (!closed && !fits(index, size)) {
                room.await();
            }
            if (closed) {
                return false;
            }
            rows++;
            bytes += size;
            peakRows = Math.max(peakRows, rows);
            peakBytes = Math.max(peakBytes, bytes);
            return true;
        } finally {
            lock.unlock();
        }
    }

    private boolean fits(long index, long size) {
        return ordered && index == next || rows == 0 || rows < maxRows && bytes + size <= maxBytes;
    }

    /** The writer has written (or dropped) {@code count} items of {@code size} bytes, and now waits for the row {@code next}. */
    void left(long next, int count, long size) {
        lock.lock();
        try {
            this.next = next;
            rows -= count;
            bytes -= size;
            room.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Lets every waiting producer go, empty-handed: the writer failed or was aborted. */
    void close() {
        lock.lock();
        try {
            closed = true;
            room.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The most items and bytes that were ever pending at once: what the bound held. */
    long[] peak() {
        lock.lock();
        try {
            return new long[] {peakRows, peakBytes};
        } finally {
            lock.unlock();
        }
    }
}
