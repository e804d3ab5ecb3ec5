package dev.smartnotes.collect;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bound of a collection writer's memory: how many items, and how many bytes of rows, producers
 * have handed over that the writer has not written yet, counting the rows that wait for their turn
 * in an ordered file. A producer waits at the gate until its item fits, first come first served; the
 * writer hands the room it frees to the waiting producers one by one, so that each batch wakes only
 * those that now fit, not all of them. One item always fits when nothing is pending, and in an
 * ordered file the row the writer waits for ({@code next}) always gets in, waiting or not: without
 * it nothing would move. So the bound is the limits plus one row.
 */
final class Gate {
    /** A producer waiting for room. */
    private static final class Waiter {
        final long index;
        final long size;
        final Condition turn;
        boolean admitted;

        Waiter(long index, long size, Condition turn) {
            this.index = index;
            this.size = size;
            this.turn = turn;
        }
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Waiter> waiting = new ArrayDeque<>();
    /** Ordered gates: the waiting rows by index, to let in the row the writer waits for. */
    private final Map<Long, Waiter> rowsWaiting = new HashMap<>();
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

    /** Waits until the item ({@code index} -1 for one outside the order) is let in; false once the gate is closed. */
    boolean enter(long index, long size) throws InterruptedException {
        lock.lock();
        try {
            if (closed) {
                return false;
            }
            if (ordered && index == next || waiting.isEmpty() && fits(size)) {
                admit(size);
                return true;
            }
            Waiter waiter = new Waiter(index, size, lock.newCondition());
            waiting.add(waiter);
            if (ordered && index >= 0) {
                rowsWaiting.put(index, waiter);
            }
            try {
                while (!waiter.admitted && !closed) {
                    waiter.turn.await();
                }
            } catch (InterruptedException e) {
                if (!waiter.admitted) {
                    forget(waiter);
                    throw e;
                }
                Thread.currentThread().interrupt(); // let in meanwhile: the item goes through, the interrupt stays
            }
            if (!waiter.admitted) {
                forget(waiter);
            }
            return waiter.admitted;
        } finally {
            lock.unlock();
        }
    }

    /** Lets in an item of no size without waiting (a skip in place of an interrupted row); false once closed. */
    boolean force() {
        lock.lock();
        try {
            if (!closed) {
                admit(0);
            }
            return !closed;
        } finally {
            lock.unlock();
        }
    }

    private boolean fits(long size) {
        return rows == 0 || rows < maxRows && bytes + size <= maxBytes;
    }

    private void admit(long size) {
        rows++;
        bytes += size;
        peakRows = Math.max(peakRows, rows);
        peakBytes = Math.max(peakBytes, bytes);
    }

    private void letIn(Waiter waiter) {
        waiter.admitted = true; // it stays in the queue until it reaches the head
        rowsWaiting.remove(waiter.index);
        admit(waiter.size);
        waiter.turn.signal();
    }

    private void forget(Waiter waiter) {
        waiting.remove(waiter);
        rowsWaiting.remove(waiter.index);
    }

    /** The writer has written (or dropped) {@code count} items of {@code size} bytes, and now waits for the row {@code next}. */
    void left(long next, int count, long size) {
        lock.lock();
        try {
            this.next = next;
            rows -= count;
            bytes -= size;
            Waiter turn = ordered ? rowsWaiting.get(next) : null;
            if (turn != null) {
                letIn(turn);
            }
            for (Waiter head; (head = waiting.peek()) != null && (head.admitted || fits(head.size)); ) {
                waiting.poll();
                if (!head.admitted) {
                    letIn(head);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Lets every waiting producer go, empty-handed: the writer failed or was aborted. */
    void close() {
        lock.lock();
        try {
            closed = true;
            waiting.forEach(waiter -> waiter.turn.signal());
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
