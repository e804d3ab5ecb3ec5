package dev.smartnotes.export;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Where the tasks of one run wait out their simulated latency. A virtual thread's sleep sets a
 * timer of its own and wakes the JDK's timer thread for it: for 30,000 waits of 100 ms that was a
 * fifth of the run's processor time. Here a wait ends on a tick of one clock (1 ms, or 1% of the
 * wait if that is shorter): the task parks on its tick's gate, and each tick has one timer. A task
 * waits at least its latency and at most one tick more; a waiting virtual thread holds no carrier.
 */
final class LatencyClock implements AutoCloseable {
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("latency-clock").daemon().factory());
    /** The gates of the ticks still to come, by their System.nanoTime(). */
    private final ConcurrentHashMap<Long, CountDownLatch> gates = new ConcurrentHashMap<>();

    /** Waits at least {@code nanos}; interrupted like a sleep. */
    void await(long nanos) throws InterruptedException {
        long tick = Math.max(1, Math.min(1_000_000, nanos / 100));
        long end = Math.ceilDiv(System.nanoTime() + nanos, tick) * tick;
        CountDownLatch gate = gates.computeIfAbsent(end, at -> {
            CountDownLatch opens = new CountDownLatch(1);
            timer.schedule(() -> {
                gates.remove(at);
                opens.countDown();
            }, at - System.nanoTime(), TimeUnit.NANOSECONDS);
            return opens;
        });
        gate.await();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
