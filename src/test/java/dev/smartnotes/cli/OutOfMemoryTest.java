package dev.smartnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smartnotes.export.Manifest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A note too large for the heap: the run stops like any fatal error. Every file written is complete,
 * the manifest lists exactly what was written, the exit code is 1, and one line says how much memory
 * to give.
 */
class OutOfMemoryTest {
    @TempDir
    Path dir;

    @Test
    void aRunOutOfMemoryStopsWithOneLineAndAManifestOfWhatWasWritten() throws Exception {
        Path notes = dir.resolve("notes");
        assertThat(Cli.create().run("sample", "--plain", "--count", "300", "--out", notes.toString())).isZero();
        // 48 MB of text in one note: its bytes, its text and its renderings cannot all fit in a 32 MB heap.
        try (var out = Files.newBufferedWriter(notes.resolve("zz-huge.md"))) {
            out.write("---\ntitle: huge\n---\n");
            String line = "all work and no play makes a very long note, ".repeat(20) + "\n";
            for (long written = 0; written < 48L << 20; written += line.length()) {
                out.write(line);
            }
        }
        Path out = dir.resolve("out");
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process child = new ProcessBuilder(java, "-Xmx32m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "export", "--notes", notes.toString(), "--out", out.toString(), "--max-note-size", "64MB")
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(child.exitValue()).as(output).isEqualTo(ExitCodes.FAILED);
        assertThat(output).as(output).containsOnlyOnce("out of memory: the Java heap of ")
                .contains("is too small for this run; give it more, for example SMARTNOTES_OPTS=-Xmx1g")
                .doesNotContain("OutOfMemoryError", "\tat ");
        assertThat(Outputs.leftovers(out)).isEmpty();
        Set<String> listed = new HashSet<>();
        Manifest.read(out).notes().forEach((source, entry) -> entry.formats()
                .forEach(format -> listed.add(format + "/" + entry.name(source) + "." + format)));
        assertThat(Outputs.files(out).stream().filter(Outputs::noteFile)).as("every file on disk is in the manifest")
                .allMatch(listed::contains);
        assertThat(listed).as("every file in the manifest is on disk, whole").allMatch(file -> Files.isRegularFile(out.resolve(file)));
        assertThat(listed).as("the huge note is not").noneMatch(file -> file.contains("zz-huge"));
    }
}
