package dev.smartnotes.collect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smartnotes.render.CsvOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A dry run writes nothing and counts what a run would write. */
@Timeout(60)
class DryRunTest {
    @TempDir
    Path out;

    @ParameterizedTest
    @EnumSource(CollectionFormat.class)
    void aDryRunWritesNothingAndCountsTheBytes(CollectionFormat format) throws Exception {
        Options dry = Options.of(CsvOptions.DEFAULT, false, false, true);
        Collection collection = Collection.random(12, 40);
        Result result = collection.write(format, out, dry);
        assertThat(files(out)).isEmpty();
        assertThat(result.written()).isTrue();
        assertThat(result.rows()).isEqualTo(40);

        Result real = collection.write(format, out, Collection.options());
        if (format != CollectionFormat.SQLITE) { // the database's own structure is not counted
            assertThat(result.bytes()).isEqualTo(real.bytes());
        }
        assertThat(result.bytes()).isPositive();
        byte[] bytes = Files.readAllBytes(out.resolve(format.fileName()));

        try (CollectionWriter writer = CollectionWriter.open(format, out, dry, Previous.MERGE)) {
            assertThat(writer.merging()).isTrue();
            writer.remove(collection.notes().get(3).path());
            for (int i = 0; i < 40; i++) {
                writer.skip(i);
            }
            Result merged = writer.finish();
            assertThat(merged.written()).isTrue();
            if (format != CollectionFormat.SQLITE) {
                assertThat(merged.bytes()).isLessThan(real.bytes());
                assertThat(merged.removed()).isEqualTo(1);
            }
        }
        assertThat(Files.readAllBytes(out.resolve(format.fileName()))).isEqualTo(bytes);
        assertThat(files(out)).containsExactly(out.resolve(format.fileName()));
    }

    private static java.util.List<Path> files(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
