package dev.smartnotes.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A run killed mid-way (SIGKILL, nothing runs after it) leaves the earlier file readable and unchanged. */
@Timeout(180)
class KilledRunTest {
    @TempDir
    Path out;

    @ParameterizedTest
    @EnumSource(Previous.class)
    void aKilledRunLeavesTheEarlierDatabaseAsItWas(Previous previous) throws Exception {
        Produce.run(CollectionFormat.SQLITE, out, Collection.options(), Previous.REPLACE, 2000, 100, new Synthetic(200));
        Path db = out.resolve("notes.sqlite");
        byte[] bytes = Files.readAllBytes(db);
        Process child = ChildJvm.start(List.of("-Xmx64m"), "SQLITE", out.toString(), "1000000", "1000", "64", previous.name(), "300");
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null && !line.equals("started")) {
                // the JVM's warnings, if any
            }
            assertThat(line).isEqualTo("started");
            Path temp = waitForTemporaryFile(out);
            while (Files.size(temp) < 2_000_000 && child.isAlive()) { // the copy, then rows: well into the run
                Thread.sleep(20);
            }
            assertThat(child.isAlive()).isTrue();
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(Files.readAllBytes(db)).isEqualTo(bytes);
        assertThat(Db.column(db, "PRAGMA integrity_check")).containsExactly("ok");
        assertThat(Db.value(db, "SELECT count(*) FROM notes")).isEqualTo(2000);
        assertThat(Db.column(db, "SELECT count(*) FROM notes_fts WHERE notes_fts MATCH 'sync'")).containsExactly(200);

        Produce.run(CollectionFormat.SQLITE, out, Collection.options(), previous, 2100, 100, new Synthetic(200)); // beside the leftover
        assertThat(Db.value(db, "SELECT count(*) FROM notes")).isEqualTo(2100);
    }

    private static Path waitForTemporaryFile(Path folder) throws Exception {
        for (int i = 0; i < 2000; i++) {
            List<Path> temps = MergeTest.temporaryFiles(folder);
            if (!temps.isEmpty()) {
                return temps.getFirst();
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no temporary file appeared in " + folder);
    }
}
