package dev.smartnotes.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smartnotes.render.CsvOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The queue between many producers and one writer: order, batches, failures, interrupts. */
@Timeout(60)
class PipeTest {
    /** A sink that records what it is given. */
    static final class Recorder implements Pipe.Sink {
        final List<Long> indexes = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger batches = new AtomicInteger();
        final int failAt;
        boolean ended;

        Recorder(int failAt) {
            this.failAt = failAt;
        }

        @Override
        public void write(List<Item> batch) throws IOException {
            if (batches.incrementAndGet() == failAt) {
                throw new IOException("No space left on device");
            }
            batch.forEach(item -> indexes.add(((Item.Put) item).index()));
        }

        @Override
        public void end() {
            ended = true;
        }
    }

    private static Options options(int batch, int rows) {
        return Options.of(CsvOptions.DEFAULT, false, false, false).withBatchRows(batch).withQueue(rows, 1 << 20);
    }

    private static Item put(long index) {
        return new Item.Put(index, new Item.Line("n" + index, new byte[] {1}));
    }

    @RepeatedTest(5)
    void rowsComeOutInOrderAndBatchesStayWithinTheirSize() throws Exception {
        Recorder sink = new Recorder(-1);
        Pipe pipe = new Pipe("test", options(8, 16), true, sink);
        pipe.start();
        List<Integer> order = new ArrayList<>(java.util.stream.IntStream.range(0, 2000).boxed().toList());
        Collections.shuffle(order.subList(0, 2000), new java.util.Random(System.nanoTime()));
        try (ExecutorService producers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i : order) {
                producers.submit(() -> pipe.send(i % 7 == 0 ? new Item.Skip(i) : put(i)));
            }
        }
        pipe.finish();
        assertThat(sink.ended).isTrue();
        assertThat(sink.indexes).isSorted().hasSize(2000 - 286).doesNotHaveDuplicates();
        assertThat(pipe.gate().peak()[0]).isLessThanOrEqualTo(17);
    }

    @Test
    void afterAFailureNoProducerWaitsAndFinishSaysWhy() throws Exception {
        Pipe pipe = new Pipe("test", options(4, 8), false, new Recorder(3));
        pipe.start();
        AtomicInteger dropped = new AtomicInteger();
        try (ExecutorService producers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 5000; i++) {
                long index = i;
                producers.submit(() -> dropped.addAndGet(pipe.send(put(index)) ? 0 : 1));
            }
        } // every producer returned
        assertThat(dropped.get()).isPositive();
        assertThatThrownBy(pipe::finish).isInstanceOf(IOException.class).hasMessage("No space left on device");
    }

    @Test
    void aRowInterruptedAtTheGateLeavesNoHoleInTheOrder() throws Exception {
        Recorder sink = new Recorder(-1);
        Pipe pipe = new Pipe("test", options(4, 2), true, sink);
        pipe.start();
        pipe.send(put(1));
        pipe.send(put(2)); // full: 0 has not come
        CountDownLatch waiting = new CountDownLatch(1);
        Thread three = Thread.ofVirtual().start(() -> {
            try {
                waiting.countDown();
                pipe.send(put(3));
            } catch (InterruptedException e) {
                // given up: its place is skipped
            }
        });
        waiting.await();
        Thread.sleep(50);
        three.interrupt();
        three.join();
        pipe.send(put(0));
        pipe.send(put(4)); // would wait for 3 forever without the skip
        pipe.finish();
        assertThat(sink.indexes).containsExactly(0L, 1L, 2L, 4L);
    }

    @Test
    void anAbortedPipeLetsWaitingProducersGo() throws Exception {
        Pipe pipe = new Pipe("test", options(4, 1), true, new Recorder(-1));
        pipe.start();
        pipe.send(put(1)); // full, and 0 never comes
        Thread waiting = Thread.ofVirtual().start(() -> {
            try {
                assertThat(pipe.send(put(2))).isFalse();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        });
        Thread.sleep(50);
        pipe.abort();
        waiting.join();
    }
}
