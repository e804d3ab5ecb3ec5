package dev.smartnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smartnotes.notes.Note;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs into the same --out at once, as separate processes: only one holds the folder (an operating
 * system lock for the whole run); the others exit 2 at once with one line naming its process, and
 * the folder ends up complete and consistent, never with a half-written, lost or foreign file.
 */
class RacingRunsTest {
    @TempDir
    Path dir;

    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void noChildLeftBehind() {
        children.forEach(Process::destroyForcibly);
    }

    @Test
    void twoExportsAndAPruneIntoOneFolderStartedTogether() throws Exception {
        Path notes = dir.resolve("notes");
        assertThat(Cli.create().run("sample", "--count", "300", "--out", notes.toString())).isZero();
        Map<String, Note> byName = Outputs.byName(notes);
        Path out = dir.resolve("out");

        Process first = start("first", notes, out, "-q", "--latency", "1s");
        awaitLock(out, first);
        Process second = start("second", notes, out, "-q");
        Process pruning = start("prune", notes, out, "-q", "--incremental", "--prune");

        for (String loser : List.of("second", "prune")) {
            Process process = loser.equals("second") ? second : pruning;
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(output(loser)).isEqualTo(2);
            assertThat(read(loser, "err").lines()).as(output(loser)).containsExactly(
                    "smartnotes: another SmartNotes export (process " + first.pid() + ") is writing into " + out + " right now");
        }
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).as(output("first")).isZero();
        assertThat(Outputs.leftovers(out)).isEmpty();
        assertThat(Outputs.assertComplete(out, byName)).isEqualTo(300 * 3);

        // Now one after another: the folder is free again, and nothing changed.
        Process again = start("again", notes, out, "--incremental", "--prune", "--report", "json");
        assertThat(again.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(again.exitValue()).as(output("again")).isZero();
        assertThat(read("again", "out")).contains("\"files\" : 0", "\"removed\" : 0");
    }

    private Process start(String name, Path notes, Path out, String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "export", "--notes", notes.toString(), "--out", out.toString(), "--links", "keep")); // bodies compared byte for byte
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command)
                .redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile())
                .start();
        children.add(process);
        return process;
    }

    /** Waits until the run has locked the folder: its lock file names it. */
    private void awaitLock(Path out, Process run) throws Exception {
        Path lock = out.resolve(".smartnotes.lock");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!(Files.exists(lock) && Files.readString(lock).strip().equals("" + run.pid()))) {
            assertThat(run.isAlive()).as("the first run ended before locking: %s", output("first")).isTrue();
            assertThat(System.nanoTime()).as("not locked within a minute").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private String read(String name, String stream) throws IOException {
        return Files.readString(dir.resolve(name + "." + stream), StandardCharsets.UTF_8);
    }

    private String output(String name) {
        try {
            return name + " stdout:\n" + read(name, "out") + "\nstderr:\n" + read(name, "err");
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }
}
