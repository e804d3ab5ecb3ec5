package dev.smartnotes.export;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Where the tasks of one run wait out their simulated latency. A virtual thread's sleep sets a
 * timer of its own and wakes the JDK's timer thread for it: for 30,000 waits of 100 ms that was a
 * fifth of the run's processor time. Here a wait ends on a tick of one clock (1 ms, or 1% of the
 * wait if that is shorter): the task parks on its tick's gate, and each tick has one timer. A task
 * waits at least its latency and at most one tick more; a waiting virtual thread holds no carrier.
 *
 * <p>The gate is a list of parked threads rather than a CountDownLatch: a waiting virtual thread's
 * stack is copied into the heap, and thousands wait at once, so every frame less (the latch's
 * queue code is three) is less for each young collection to copy.
 */
final class LatencyClock implements AutoCloseable {
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("latency-clock").daemon().factory());
    /** The gates of the ticks still to come, by their System.nanoTime(). */
    private final ConcurrentHashMap<Long, Gate> gates = new ConcurrentHashMap<>();

    /** Waits at least {@code nanos}; interrupted like a sleep. */
    void await(long nanos) throws InterruptedException {
        long tick = Math.max(1, Math.min(1_000_000, nanos / 100));
        long end = Math.ceilDiv(System.nanoTime() + nanos, tick) * tick;
        Gate gate = gates.computeIfAbsent(end, at -> {
            Gate opens = new Gate();
            timer.schedule(() -> {
                gates.remove(at);
                opens.open();
            }, at - System.nanoTime(), TimeUnit.NANOSECONDS);
            return opens;
        });
        Thread self = Thread.currentThread();
        gate.waiting.add(self);
        while (!gate.open) { // read after joining the list: open() either sees this thread or this sees open
            LockSupport.park(gate);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private static final class Gate {
        final ConcurrentLinkedQueue<Thread> waiting = new ConcurrentLinkedQueue<>();
        volatile boolean open;

        void open() {
            open = true;
            for (Thread thread; (thread = waiting.poll()) != null; ) {
                LockSupport.unpark(thread);
            }
        }
    }
}
