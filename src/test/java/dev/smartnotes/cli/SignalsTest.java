package dev.smartnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smartnotes.notes.Note;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A real export in a child JVM, stopped by a signal as soon as its first file is written: SIGINT and
 * SIGTERM stop it gracefully (exit 130 and 143) leaving only complete files; after SIGKILL, the next
 * run into the same folder sweeps up what was left.
 */
class SignalsTest {
    /** Every task waits this long after its write: a run is always still going when signalled, however slow the machine. */
    private static final Duration LATENCY = Duration.ofSeconds(4);
    private static final int NOTES = 500;

    @TempDir
    static Path shared;

    private static Path notes;
    private static Map<String, Note> byName;

    @TempDir
    Path dir;

    private Process child;

    @BeforeAll
    static void sampleNotes() throws Exception {
        notes = shared.resolve("notes");
        Cli cli = Cli.create();
        assertThat(cli.run("sample", "--count", "" + NOTES, "--out", notes.toString())).as("%s", cli).isZero();
        byName = Outputs.byName(notes);
    }

    @AfterEach
    void noChildLeftBehind() {
        if (child != null) {
            child.destroyForcibly();
        }
    }

    @ParameterizedTest(name = "SIG{0} stops a {2} run with {1}")
    @CsvSource({"INT, 130, concurrent", "TERM, 143, threads"})
    void aSignalStopsTheRunGracefully(String signal, int exitCode, String mode) throws Exception {
        Path out = dir.resolve("out");
        startExport(out, "--mode", mode, "--threads", "8");
        awaitFirstFile(out);
        long sent = System.nanoTime();
        assertThat(new ProcessBuilder("kill", "-" + signal, "" + child.pid()).inheritIO().start().waitFor()).isZero();
        int exit = awaitExit();
        long stopping = System.nanoTime() - sent;

        assertThat(exit).as(output()).isEqualTo(exitCode);
        // A ratio, not a time: stopping takes a fraction of one task's latency, so sleeping tasks were interrupted, not waited out.
        assertThat(stopping).as("stopping took %d ms; %s", stopping / 1_000_000, output()).isLessThan(LATENCY.toNanos() / 2);
        assertThat(read("stdout")).as(output()).startsWith("Stopped after exporting");
        assertThat(read("stderr")).as(output())
                .isEqualTo("smartnotes: interrupted by SIG" + signal + ": stopped early; every file written is complete\n");
        assertThat(Outputs.leftovers(out)).isEmpty();
        assertThat(Outputs.assertComplete(out, byName)).isPositive();
    }

    @Test
    void aKilledRunLeavesWhatTheNextRunSweepsUp() throws Exception {
        Path out = dir.resolve("out");
        startExport(out);
        awaitFirstFile(out);
        child.destroyForcibly();
        assertThat(awaitExit()).as(output()).isEqualTo(128 + 9);
        assertThat(out.resolve(".smartnotes.lock")).as("the lock file of the killed run").exists();
        // Temporary files may remain (a write was cut short); every other file is complete all the same.
        Outputs.assertComplete(out, byName);

        Cli cli = Cli.create();
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", out.toString(), "--format", "all", "--links", "keep"))
                .as("%s", cli).isZero();
        assertThat(Outputs.leftovers(out)).isEmpty();
        assertThat(Outputs.assertComplete(out, byName)).isEqualTo(NOTES * 3);
    }

    /** Starts {@code smartnotes export} with the test's own java and class path; its output goes to files in {@link #dir}. */
    private void startExport(Path out, String... options) throws Exception {
        List<String> command = new ArrayList<>();
        if (ignored(2) || ignored(15)) { // SIGINT, SIGTERM
            // Started as a background job, the build ignores SIGINT, and a child would inherit that: restore the defaults.
            Assumptions.assumeTrue(new ProcessBuilder("env", "--default-signal=INT,TERM", "true").start().waitFor() == 0,
                    "SIGINT or SIGTERM is ignored by the process that runs the tests, and env cannot reset it");
            command.addAll(List.of("env", "--default-signal=INT,TERM"));
        }
        command.addAll(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-XX:TieredStopAtLevel=1", // a quicker start on a small machine
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "export", "--notes", notes.toString(), "--out", out.toString(), "--format", "all", "--latency", LATENCY.toMillis() + "ms",
                "--links", "keep")); // the bodies are compared byte for byte
        command.addAll(List.of(options));
        child = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("stdout").toFile())
                .redirectError(dir.resolve("stderr").toFile())
                .start();
    }

    private void awaitFirstFile(Path out) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Outputs.anyWritten(out)) {
            assertThat(child.isAlive()).as("the export ended before writing a file: %s", output()).isTrue();
            assertThat(System.nanoTime()).as("no file written within a minute: %s", output()).isLessThan(deadline);
            Thread.sleep(5);
        }
    }


    private int awaitExit() throws Exception {
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the export still runs a minute later: %s", output()).isTrue();
        return child.exitValue();
    }

    private String read(String stream) throws IOException {
        return Files.readString(dir.resolve(stream), StandardCharsets.UTF_8);
    }

    private String output() {
        try {
            return "\nstdout:\n" + read("stdout") + "\nstderr:\n" + read("stderr");
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    /** Whether this process ignores the signal, from the SigIgn mask of /proc/self/status (Linux; false elsewhere). */
    private static boolean ignored(int signal) throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return false;
        }
        return Files.readAllLines(status).stream()
                .filter(line -> line.startsWith("SigIgn:"))
                .anyMatch(line -> (Long.parseUnsignedLong(line.substring("SigIgn:".length()).strip(), 16) & (1L << (signal - 1))) != 0);
    }
}
