package dev.smartnotes.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LatencyClockTest {

    @Test
    void aWaitLastsAtLeastItsLatencyAndNotMuchMore() throws Exception {
        try (LatencyClock clock = new LatencyClock()) {
            for (long millis : new long[] {1, 7, 30}) {
                long start = System.nanoTime();
                clock.await(TimeUnit.MILLISECONDS.toNanos(millis));
                long waited = System.nanoTime() - start;
                assertThat(waited).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(millis));
                assertThat(waited).as("a ratio with a wide margin, not a time").isLessThan(TimeUnit.MILLISECONDS.toNanos(millis) * 20 + 200_000_000L);
            }
            long start = System.nanoTime();
            clock.await(1_000); // 1 µs: its tick is 10 ns, not a millisecond
            assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(1_000);
        }
    }

    @Test
    void manyVirtualThreadsWaitAtOnceAndEachWaitsItsWholeLatency() throws Exception {
        long latency = TimeUnit.MILLISECONDS.toNanos(50);
        AtomicLong shortest = new AtomicLong(Long.MAX_VALUE);
        long start = System.nanoTime();
        try (LatencyClock clock = new LatencyClock(); ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 5_000; i++) {
                executor.execute(() -> {
                    long begin = System.nanoTime();
                    try {
                        clock.await(latency);
                    } catch (InterruptedException e) {
                        throw new AssertionError(e);
                    }
                    shortest.accumulateAndGet(System.nanoTime() - begin, Math::min);
                });
            }
        }
        long total = System.nanoTime() - start;
        assertThat(shortest.get()).isGreaterThanOrEqualTo(latency);
        assertThat(total).as("5,000 waits overlap: far less than their sum").isLessThan(latency * 5_000 / 10);
    }

    @Test
    void aWaitIsInterruptedLikeASleep() throws Exception {
        try (LatencyClock clock = new LatencyClock()) {
            Thread.currentThread().interrupt();
            assertThatThrownBy(() -> clock.await(TimeUnit.SECONDS.toNanos(30))).isInstanceOf(InterruptedException.class);
        }
    }
}
