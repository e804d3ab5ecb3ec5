package dev.smartnotes.collect;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Many producers, one consumer: the queue of one collection file and the one virtual thread that
 * empties it in batches ({@code drainTo}) into a {@link Sink}. The queue is bounded by its {@link
 * Gate}, where producers wait, rather than by a capacity of its own: the gate lets the row the writer
 * waits for pass first, and lets every waiting producer go when the writer fails or is aborted. An ordered pipe hands the sink its rows in {@code index} order:
 * rows that come early wait in a small buffer, which the gate counts, until the rows before them are
 * in. After a failure the thread goes on taking items (and dropping them) until the end, so that no
 * producer ever waits for a writer that is gone.
 */
final class Pipe {
    /** The writer's side, called on the pipe's thread only. */
    interface Sink {
        /** Writes one batch: rows in order (for an ordered pipe), removals and attachments. */
        void write(List<Item> batch) throws IOException;

        /** Completes the file once every item is in. */
        void end() throws IOException;
    }

    private final Sink sink;
    private final boolean ordered;
    private final int batchRows;
    private final Gate gate;
    private final BlockingQueue<Item> queue;
    /** Ordered pipes: rows (and skips) that came before their turn, by index. */
    private final TreeMap<Long, Item> early = new TreeMap<>();
    private final Thread thread;
    private long next;
    private volatile Exception failure;
    /** The time the thread spent writing, in nanoseconds: what the single writer costs. */
    private volatile long busyNanos;
    private volatile boolean aborted;

    Pipe(String name, Options options, boolean ordered, Sink sink) {
        this.sink = sink;
        this.ordered = ordered;
        this.batchRows = options.batchRows();
        this.gate = new Gate(options.queueRows(), options.queueBytes(), ordered);
        // The gate bounds it: queueRows items, the row the writer waits for, a skip for each producer interrupted at the gate.
        this.queue = new LinkedBlockingQueue<>();
        this.thread = Thread.ofVirtual().name("collect-" + name).unstarted(this::run);
    }

    void start() {
        thread.start();
    }

    /**
     * Hands over an item, waiting for room; false if the writer has failed or was aborted (the item
     * is dropped). A row interrupted while it waits leaves a skip in its place, let in at once: the
     * rows after it would otherwise wait for it forever.
     */
    boolean send(Item item) throws InterruptedException {
        long index = switch (item) {
            case Item.Put put -> put.index();
            case Item.Skip skip -> skip.index();
            default -> -1;
        };
        boolean entered;
        try {
            entered = gate.enter(index, size(item));
        } catch (InterruptedException e) {
            if (ordered && index >= 0 && gate.force()) {
                queue.add(new Item.Skip(index));
            }
            throw e;
        }
        if (entered) {
            queue.add(item);
        }
        return entered;
    }

    /** Waits for the writer to write everything and complete the file; its failure, if any, is thrown here. */
    void finish() throws IOException, InterruptedException {
        queue.add(new Item.End());
        thread.join();
        switch (failure) {
            case null -> {}
            case IOException e -> throw e;
            case Exception e -> throw new IOException(e.getMessage(), e);
        }
    }

    /** Stops the writer where it is and waits for it; the sink's file is the owner's to delete. */
    void abort() {
        aborted = true;
        gate.close();
        thread.interrupt();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true; // the writer must be gone before its file is deleted
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    Gate gate() {
        return gate;
    }

    long busyNanos() {
        return busyNanos;
    }

    private void run() {
        List<Item> batch = new ArrayList<>();
        boolean end = false;
        while (!end && !aborted) {
            batch.clear();
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return; // aborted
            }
            queue.drainTo(batch, batchRows - 1);
            end = batch.getLast() instanceof Item.End;
            try {
                if (failure == null) { // after a failure, dropped: the gate is closed
                    long start = System.nanoTime();
                    write(batch, end);
                    busyNanos += System.nanoTime() - start; // this thread alone writes it
                }
            } catch (Exception | LinkageError e) { // a LinkageError: SQLite's native library could not be loaded
                failure = e instanceof Exception x ? x : new IOException(e.toString(), e);
                gate.close();
            }
        }
    }

    private void write(List<Item> batch, boolean end) throws IOException {
        List<Item> ready = new ArrayList<>(batch.size());
        int left = 0;
        for (Item item : batch) {
            switch (item) {
                case Item.Put put when ordered -> hold(put.index(), put);
                case Item.Skip skip when ordered -> hold(skip.index(), skip);
                case Item.Skip skip -> left++;
                case Item.End e -> {}
                default -> ready.add(item);
            }
        }
        while (!early.isEmpty() && (end || early.firstKey() == next)) { // at the end, rows after a gap too
            Item item = early.pollFirstEntry().getValue();
            next = Math.max(next, (item instanceof Item.Put put ? put.index() : ((Item.Skip) item).index()) + 1);
            if (item instanceof Item.Put) {
                ready.add(item);
            } else {
                left++;
            }
        }
        if (!ready.isEmpty()) {
            sink.write(ready);
        }
        gate.left(next, left + ready.size(), ready.stream().mapToLong(Pipe::size).sum());
        if (end) {
            sink.end();
        }
    }

    private void hold(long index, Item item) {
        if (index < next || early.putIfAbsent(index, item) != null) {
            throw new IllegalStateException("the row at index " + index + " was given twice");
        }
    }

    private static long size(Item item) {
        return switch (item) {
            case Item.Put(long index, Item.Line line) -> line.bytes().length;
            case Item.Put(long index, SqliteNote note) -> note.size();
            default -> 0;
        };
    }
}
