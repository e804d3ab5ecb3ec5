package dev.smartnotes.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RoomTest {

    /** Seeded random takes and gives from many virtual threads: never more than the capacity taken, and none lost. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void neverHandsOutMoreThanItHasAndGetsEverythingBack(long seed) throws Exception {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        long capacity = 64;
        Room room = new Room(capacity);
        AtomicLong taken = new AtomicLong();
        AtomicLong most = new AtomicLong();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 2_000; i++) {
                long kib = 1 + random.nextLong(capacity);
                room.take(kib);
                most.accumulateAndGet(taken.addAndGet(kib), Math::max);
                long holdMicros = random.nextLong(50);
                executor.execute(() -> {
                    try {
                        TimeUnit.MICROSECONDS.sleep(holdMicros);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    taken.addAndGet(-kib);
                    room.give(kib);
                });
            }
            room.awaitAll();
            assertThat(taken.get()).isZero();
        }
        assertThat(most.get()).isLessThanOrEqualTo(capacity);
    }

    @Test
    void aFullRoomWaitsForAQuarterBeforeWakingTheTaker() throws Exception {
        Room room = new Room(100);
        room.take(100);
        CountDownLatch tookAgain = new CountDownLatch(1);
        Thread taker = Thread.ofVirtual().start(() -> {
            try {
                room.take(1);
                tookAgain.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        while (taker.getState() != Thread.State.WAITING) { // parked in take(): the room is full
            Thread.onSpinWait();
        }
        for (int i = 0; i < 24; i++) {
            room.give(1);
        }
        assertThat(tookAgain.await(100, TimeUnit.MILLISECONDS)).as("woken with less than a quarter free").isFalse();
        room.give(1);
        assertThat(tookAgain.await(10, TimeUnit.SECONDS)).isTrue();
        taker.join();
    }

    @Test
    void aWaitingTakerCanBeInterrupted() throws Exception {
        Room room = new Room(8);
        room.take(8);
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> room.take(1)).isInstanceOf(InterruptedException.class);
        assertThat(Thread.interrupted()).isFalse();
    }
}
