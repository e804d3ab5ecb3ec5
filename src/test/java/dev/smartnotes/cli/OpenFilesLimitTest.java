package dev.smartnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process that may open only 64 files (ulimit -n 64): --max-open is kept within what is left once
 * the JVM has its own, so that a thousand notes read, written and copied at once never hit the limit.
 */
class OpenFilesLimitTest {
    @TempDir
    Path dir;

    @Test
    void aRunStaysWithinTheProcesssLimitOfOpenFiles() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/self/limits")), "reads the limit where Linux shows it");
        Path notes = dir.resolve("notes");
        assertThat(Cli.create().run("sample", "--count", "1500", "--out", notes.toString())).isZero();
        Path out = dir.resolve("out");
        String java = ProcessHandle.current().info().command().orElseThrow();
        String command = "ulimit -n 64 && exec '" + java + "' -XX:TieredStopAtLevel=1 -cp '" + System.getProperty("java.class.path") + "' "
                + Main.class.getName() + " export --notes '" + notes + "' --out '" + out + "' -v";
        Process child = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("files open at once, not 256: this process may open only 64 (ulimit -n)")
                .doesNotContain("Too many open files");
        assertThat(Outputs.files(out).stream().filter(Outputs::noteFile).toList()).hasSize(1500 * 3);
        List<String> leftovers = Outputs.leftovers(out);
        assertThat(leftovers).isEmpty();
    }

    @Test
    void aLimitBelowWhatTheProcessNeedsForItselfIsSaidPlainly() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/self/limits")), "reads the limit where Linux shows it");
        Path notes = dir.resolve("notes");
        assertThat(Cli.create().run("sample", "--count", "20", "--out", notes.toString())).isZero();
        String java = ProcessHandle.current().info().command().orElseThrow();
        String command = "ulimit -n 40 && exec '" + java + "' -XX:TieredStopAtLevel=1 -cp '" + System.getProperty("java.class.path") + "' "
                + Main.class.getName() + " export --notes '" + notes + "' --out '" + dir.resolve("out") + "' -q";
        Process child = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(output).as("even with -q").contains("smartnotes: this process may open only 40 files (ulimit -n) and needs about 40 for itself");
    }
}
