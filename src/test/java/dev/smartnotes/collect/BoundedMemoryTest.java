package dev.smartnotes.collect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smartnotes.render.CsvOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Rows stream through the writer: what it holds is bounded by its queue, whatever the collection's size. */
@Timeout(300)
class BoundedMemoryTest {
    @TempDir
    Path out;

    @ParameterizedTest
    @EnumSource(CollectionFormat.class)
    void theWriterNeverHoldsMoreThanItsBound(CollectionFormat format) throws Exception {
        Options options = Options.of(CsvOptions.DEFAULT, false, false, false).withQueue(256, 64 * 1024);
        long count = 200_000;
        Synthetic tiny = new Synthetic(20);
        long[] peak;
        try (CollectionWriter writer = CollectionWriter.open(format, out, options, Previous.REPLACE)) {
            try (var producers = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
                java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(1000);
                for (long i = 0; i < count; i++) {
                    inFlight.acquire();
                    long index = i;
                    producers.submit(() -> {
                        try {
                            writer.put(tiny.row(index, count));
                        } finally {
                            inFlight.release();
                        }
                        return null;
                    });
                }
            }
            peak = pipe(writer).gate().peak();
            assertThat(writer.finish().rows()).isEqualTo(count);
        }
        long largestRow = 2048; // a tiny note's row, generously
        assertThat(peak[0]).as("rows held at once").isLessThanOrEqualTo(options.queueRows() + 1);
        assertThat(peak[1]).as("bytes held at once").isLessThanOrEqualTo(options.queueBytes() + largestRow);
    }

    @ParameterizedTest
    @EnumSource(value = CollectionFormat.class, names = {"JSONL", "SQLITE"})
    void aSmallHeapWritesManyNotes(CollectionFormat format) throws Exception {
        Process child = ChildJvm.start(List.of("-Xmx40m"), format.name(), out.toString(), "100000", "1000", "512", "REPLACE", "500");
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(240, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains(": 100000 rows"); // some 80 MB of notes through a heap of 40
    }

    static Pipe pipe(CollectionWriter writer) {
        return switch (writer) {
            case LineWriter line -> line.pipe();
            case SqliteWriter sqlite -> sqlite.pipe();
        };
    }
}
