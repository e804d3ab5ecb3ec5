package dev.smartnotes.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smartnotes.notes.SampleGenerator;
import dev.smartnotes.render.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProgressTest {
    @TempDir
    Path dir;

    /**
     * The bar starts without a total (the walk is still going) and learns it from the walk, before
     * any note is written (notes wait for the walk's names): not once the last note is dispatched,
     * which, past the 1,024 notes that may be in flight, comes only after hundreds are written.
     */
    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"SEQUENTIAL", "CONCURRENT"})
    void theTotalComesFromTheWalkBeforeTheLastTask(Mode mode) throws Exception {
        Path notes = dir.resolve("notes");
        for (SampleGenerator.Sample sample : new SampleGenerator(7).generate(1_300)) {
            Path file = notes.resolve(sample.path());
            Files.createDirectories(file.getParent());
            Files.writeString(file, sample.markdown());
        }
        List<String> events = new ArrayList<>();
        AtomicLong advanced = new AtomicLong();
        Progress progress = new Progress() {
            @Override
            public synchronized void start(String label, long tasks) {
                events.add("start " + tasks);
            }

            @Override
            public synchronized void total(long tasks) {
                events.add("total " + tasks + " after " + advanced.get());
            }

            @Override
            public void advance() {
                advanced.incrementAndGet();
            }
        };
        ExportRequest request = new ExportRequest(notes, dir.resolve("out-" + mode), Rendering.of(EnumSet.allOf(Format.class)), mode, 4,
                Latency.NONE, 1, false, 16, 1_000_000, false);
        Exporter.export(request, new RunControl(), progress);
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isEqualTo("start -1");
        assertThat(events.get(1)).isEqualTo("total 3900 after 0");
        assertThat(advanced.get()).isEqualTo(3_900);
    }
}
