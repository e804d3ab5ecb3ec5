package dev.smartnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Main} in a child JVM: a run that succeeds ends by returning from {@code main}, so no thread
 * it leaves behind may keep the process alive; a failing one still exits with its code.
 */
class MainTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} ends with {1}")
    @CsvSource(delimiter = '|', value = {
        "--version | 0",
        "export --mode concurrent | 0",
        "export --mode threads --latency 5ms | 0",
        "export --mode compare | 0",
        "export --dry-run | 0",
        "bench --counts 5 --latencies 0,1ms | 0",
        "sample --count 3 | 0",
        "export --bogus | 2",
    })
    void theProcessEndsWithTheCommandsExitCode(String arguments, int exitCode) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(arguments.split(" ")));
        command.addAll(List.of("--out", dir.resolve("out").toString()));
        if (arguments.startsWith("--version")) {
            command.subList(command.size() - 2, command.size()).clear();
        }
        Process child = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout").toFile()).redirectError(dir.resolve("stderr").toFile()).start();
        try {
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("still running a minute later; %s", output()).isTrue();
            assertThat(child.exitValue()).as(output()).isEqualTo(exitCode);
        } finally {
            child.destroyForcibly();
        }
    }

    private String output() throws java.io.IOException {
        return "stdout: " + Files.readString(dir.resolve("stdout"), StandardCharsets.UTF_8)
                + "\nstderr: " + Files.readString(dir.resolve("stderr"), StandardCharsets.UTF_8);
    }
}
