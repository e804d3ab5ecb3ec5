package dev.smartnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smartnotes.notes.SampleFile;
import dev.smartnotes.notes.SampleGenerator;
import dev.smartnotes.notes.Sizes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SampleCommandTest {
    @TempDir
    Path dir;

    private final Cli cli = Cli.create();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {42, 7})
    void writesTheVaultFileForFileAndSaysWhatItWrote(long seed) throws Exception {
        Path out = dir.resolve("vault");
        assertThat(cli.run("sample", "--count", "100", "--out", out.toString(), "--seed", "" + seed)).as("%s", cli).isZero();
        Map<String, byte[]> expected = files(sink -> new SampleGenerator(seed).vault(100, sink));
        assertWritten(out, expected);
        long attachments = expected.keySet().stream().filter(path -> !path.endsWith(".md") && !path.startsWith(".obsidian/")).count();
        assertThat(attachments).as("the vault's own settings are no attachment").isEqualTo(expected.size() - 100 - 1);
        assertThat(cli.stdout()).as("%s", cli).isEqualTo("Wrote 100 notes and " + attachments + " attachments (" + human(expected) + ") to " + out + "\n");
        assertThat(cli.stderr()).isEmpty();
    }

    @Test
    void plainWritesTheNotesOfEarlierVersions() throws Exception {
        Path out = dir.resolve("plain");
        assertThat(cli.run("sample", "--count", "1000", "--out", out.toString(), "--plain")).as("%s", cli).isZero();
        Map<String, byte[]> expected = files(sink -> new SampleGenerator(SampleGenerator.DEMO_SEED).generate(1000, sink));
        assertWritten(out, expected);
        assertThat(cli.stdout()).as("%s", cli).isEqualTo("Wrote 1,000 notes (" + human(expected) + ") to " + out + "\n");
    }

    @Test
    void anotherSeedIntoTheSameFolderReplacesTheFilesWholly() throws Exception {
        Path out = dir.resolve("vault");
        assertThat(cli.run("sample", "--count", "30", "--out", out.toString(), "--seed", "1")).as("%s", cli).isZero();
        assertThat(cli.run("sample", "--count", "30", "--out", out.toString(), "--seed", "2")).as("%s", cli).isZero();
        Map<String, byte[]> second = files(sink -> new SampleGenerator(2).vault(30, sink));
        second.forEach((path, bytes) -> assertThat(out.resolve(path)).as(path).hasBinaryContent(bytes));
    }

    @Test
    void noNotesIsNoFiles() {
        Path out = dir.resolve("empty");
        assertThat(cli.run("sample", "--count", "0", "--out", out.toString())).as("%s", cli).isZero();
        assertThat(cli.stdout()).isEqualTo("Wrote 0 notes and 0 attachments (0 B) to " + out + "\n");
    }

    @Test
    void anOutThatIsAFileIsAUsageErrorAndTheFileStaysAsItWas() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "precious");
        assertThat(cli.run("sample", "--count", "3", "--out", file.toString())).as("%s", cli).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.stderr()).as("%s", cli).startsWith("smartnotes: --out " + file + " is a file, not a folder");
        assertThat(file).hasContent("precious");
    }

    @Test
    void anOutInsideAFileFailsInOneLine() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "precious");
        assertThat(cli.run("sample", "--count", "3", "--out", file.resolve("sub").toString())).as("%s", cli).isEqualTo(ExitCodes.FAILED);
        assertThat(cli.stderr().lines()).as("%s", cli).singleElement().asString().startsWith("smartnotes: cannot write " + file.resolve("sub"));
        assertThat(file).hasContent("precious");
    }

    @Test
    void aFileThatCannotBeReplacedStopsTheRunAndLeavesNoTemporaryFile() throws Exception {
        Path out = dir.resolve("vault");
        Files.createDirectories(out.resolve("Home.md"));
        Files.writeString(out.resolve("Home.md/keep.txt"), "in the way");
        assertThat(cli.run("sample", "--count", "20", "--out", out.toString())).as("%s", cli).isEqualTo(ExitCodes.FAILED);
        assertThat(cli.stderr().lines()).as("%s", cli).singleElement().asString()
                .startsWith("smartnotes: cannot write " + out.resolve("Home.md") + ": ");
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file is left").noneMatch(name -> name.endsWith(".tmp"));
        }
        assertThat(out.resolve("ideas/Recursion.md")).as("the run stopped at the first failure").doesNotExist();
    }

    @Test
    void aNegativeCountIsAUsageError() {
        assertThat(cli.run("sample", "--count", "-1", "--out", dir.toString())).as("%s", cli).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.stderr()).startsWith("smartnotes: --count must not be negative");
    }

    @Test
    void helpDescribesTheVaultAndEveryOption() {
        assertThat(cli.run("sample", "--help")).isZero();
        assertThat(cli.stdout()).contains("--count", "--out", "--seed", "--plain", "vault", "attachment", "Examples:");
        assertThat(cli.stdout().strip().lines().toList().getLast()).startsWith("  smartnotes sample");
    }

    /** Every file written, as the generator makes it, and nothing else (no temporary file). */
    private static void assertWritten(Path out, Map<String, byte[]> expected) throws Exception {
        List<String> written;
        try (Stream<Path> files = Files.walk(out)) {
            written = files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        assertThat(written).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((path, bytes) -> assertThat(out.resolve(path)).as(path).hasBinaryContent(bytes));
    }

    private static Map<String, byte[]> files(Consumer<Consumer<SampleFile>> generate) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        generate.accept(file -> files.put(file.path(), file.bytes()));
        return files;
    }

    private static String human(Map<String, byte[]> files) {
        return Sizes.human(files.values().stream().collect(Collectors.summingLong(b -> b.length)));
    }
}
