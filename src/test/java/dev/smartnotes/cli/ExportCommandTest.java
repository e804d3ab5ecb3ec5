package dev.smartnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.NoteJson;
import dev.smartnotes.notes.NoteLoader;
import dev.smartnotes.render.CsvOptions;
import dev.smartnotes.render.ReadBack;
import dev.smartnotes.notes.NoteSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;

    private final Cli cli = Cli.create();

    /** Uniform notes without links or attachments: these tests count files per note. */
    private Path notes(int count) {
        Path notes = dir.resolve("notes");
        assertThat(cli.run("sample", "--plain", "--count", "" + count, "--out", notes.toString())).as("%s", cli).isZero();
        return notes;
    }

    /** A vault: notes with links, attachments and typed properties. */
    private Path vault(int count) {
        Path notes = dir.resolve("vault");
        assertThat(cli.run("sample", "--count", "" + count, "--out", notes.toString())).as("%s", cli).isZero();
        return notes;
    }

    private static List<Path> files(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    @Test
    void exportsTheDemoCollectionWhenThereIsNoNotesFolder() throws Exception {
        cli.defaultNotes(dir.resolve("absent"));
        Path out = dir.resolve("export");
        assertThat(cli.run("export", "--format", "all", "--out", out.toString())).as("%s", cli).isZero();
        assertThat(cli.stderr()).contains("built-in demo collection of 100 notes").hasLineCount(1);
        assertThat(files(out)).hasSize(300);
        assertThat(files(out.resolve("md"))).hasSize(100);
        assertThat(cli.stdout()).contains("Exported 100 notes to 300 files", "wall time", "sum of tasks", "overlap", "longest task");
    }

    @Test
    void everyFieldOfEveryNoteSurvivesEveryFormat() throws Exception {
        Path notes = vault(60);
        Path out = dir.resolve("out");
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", out.toString(), "--format", "md,json", "--format", "csv",
                "--links", "keep"))
                .as("%s", cli).isZero();
        NoteLoader.Found found = NoteLoader.find(notes, null, 10_000_000);
        for (NoteSource source : found.sources()) {
            Note note = source.load();
            String stem = source.path().substring(0, source.path().length() - 3);
            assertThat(ReadBack.markdown(note.path(), Files.readAllBytes(out.resolve("md/" + stem + ".md")))).isEqualTo(note);
            assertThat(ReadBack.json(Files.readAllBytes(out.resolve("json/" + stem + ".json")))).isEqualTo(note);
            assertThat(ReadBack.csv(Files.readAllBytes(out.resolve("csv/" + stem + ".csv")), CsvOptions.DEFAULT))
                    .isEqualTo(ReadBack.asCsvShowsIt(note));
        }
    }

    /** More notes than the memory budget holds at once (1,024), in formats the first pass does not write: each gives its room back. */
    @Test
    @org.junit.jupiter.api.Timeout(60)
    void aSecondPassOnlyExportOfManyNotesEnds() throws Exception {
        Path notes = notes(1_100);
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", dir.resolve("out").toString(), "--format", "json", "-q"))
                .as("%s", cli).isZero();
        assertThat(files(dir.resolve("out/json"))).hasSize(1_100);
    }

    @Test
    void aJsonExportCanBeLoadedAgain() throws Exception {
        Path notes = notes(5);
        Path out = dir.resolve("out");
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", out.toString(), "--format", "json")).isZero();
        StringBuilder array = new StringBuilder("[");
        for (Path json : files(out.resolve("json"))) {
            array.append(array.length() > 1 ? "," : "").append(Files.readString(json));
        }
        Path all = dir.resolve("all.json");
        Files.writeString(all, array.append("]"));
        Path again = dir.resolve("again");
        assertThat(cli.run("export", "--notes", all.toString(), "--out", again.toString(), "--format", "json")).as("%s", cli).isZero();
        for (Path json : files(out.resolve("json"))) {
            assertThat(again.resolve(out.relativize(json))).hasSameTextualContentAs(json, StandardCharsets.UTF_8);
        }
    }

    @Test
    void oneBrokenNoteIsReportedAndTheOthersAreExported() throws Exception {
        Path notes = notes(10);
        Files.writeString(notes.resolve("broken.md"), "---\ntitle: never closed\n");
        Path out = dir.resolve("out");
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", out.toString())).as("%s", cli).isEqualTo(1);
        assertThat(cli.stderr().strip().lines()).containsExactly(notes.resolve("broken.md") + ": unterminated front matter: no closing '---' line");
        assertThat(files(out)).hasSize(30);
        assertThat(cli.stdout()).contains("Exported 10 notes", "1 failed");
        assertThat(out.resolve("md/broken.md")).doesNotExist();
    }

    @Test
    void usageErrorsExitWithTwoAndSayWhatToDo() {
        assertThat(cli.run("export", "--notes", dir.resolve("missing").toString())).isEqualTo(2);
        assertThat(cli.stderr()).contains("no notes at", "smartnotes sample");
        assertThat(cli.run("export", "--format", "pdf")).isEqualTo(2);
        assertThat(cli.run("export", "--latency", "soon")).isEqualTo(2);
        assertThat(cli.stderr()).contains("not a duration");
        assertThat(cli.run("export", "--threads", "0", "--notes", dir.toString())).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--mode | sequential, concurrent, threads, compare",
        "--links | markdown, keep",
        "--embeds | link, inline",
        "--attachments | referenced, all, none",
        "--frontmatter | keep, normalize",
        "--report | text, json",
        "--format | md, json, csv, all, table, jsonl, sqlite"})
    void aWrongChoiceIsToldWithTheChoicesAsTheHelpWritesThem(String option, String choices) {
        assertThat(cli.run("export", option, "pdf")).isEqualTo(2);
        assertThat(cli.stderr()).contains("expected one of [" + choices + "] (case-insensitive) but was 'pdf'");
    }

    @Test
    void choicesAreTakenInAnyCase() {
        Path notes = notes(2);
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", dir.resolve("o").toString(), "-q",
                "--mode", "Sequential", "--links", "KEEP", "--embeds", "Inline", "--attachments", "None", "--frontmatter", "NORMALIZE",
                "--format", "MD", "--report", "JSON")).as("%s", cli).isZero();
    }

    @Test
    void reportsJsonWithTheDocumentedFields() throws Exception {
        Path notes = notes(4);
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", dir.resolve("o").toString(), "--report", "json")).isZero();
        JsonNode report = NoteJson.mapper().readTree(cli.stdout());
        assertThat(report.get("mode").asText()).isEqualTo("concurrent");
        assertThat(report.get("notes").asInt()).isEqualTo(4);
        assertThat(report.get("files").asInt()).isEqualTo(12);
        assertThat(report.get("failed").asInt()).isZero();
        assertThat(report.get("bytes").asLong()).isPositive();
        for (String field : List.of("wallSeconds", "taskSecondsSum", "longestTaskSeconds")) {
            assertThat(report.get(field).isNumber()).as(field).isTrue();
        }
    }

    @Test
    void compareRunsEveryModeIntoItsOwnFolder() throws Exception {
        Path notes = notes(6);
        Path out = dir.resolve("cmp");
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", out.toString(), "--mode", "compare", "--report", "json"))
                .as("%s", cli).isZero();
        JsonNode report = NoteJson.mapper().readTree(cli.stdout());
        assertThat(report.get("runs")).extracting(r -> r.get("mode").asText()).containsExactly("sequential", "threads", "concurrent");
        report.get("runs").forEach(r -> assertThat(r.get("speedup").isNumber()).isTrue());
        for (String mode : List.of("sequential", "threads", "concurrent")) {
            assertThat(files(out.resolve(mode))).hasSize(18);
        }
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", out.toString(), "--mode", "compare")).isZero();
        assertThat(cli.stdout()).contains("speedup", "Try --latency");
    }

    @Test
    void everyModeWritesTheSameFiles() throws Exception {
        Path notes = notes(12);
        for (String mode : List.of("sequential", "concurrent", "threads")) {
            assertThat(cli.run("export", "--notes", notes.toString(), "--out", dir.resolve(mode).toString(), "--mode", mode, "--threads", "3"))
                    .as("%s", cli).isZero();
        }
        List<Path> reference = files(dir.resolve("sequential")).stream().map(dir.resolve("sequential")::relativize).toList();
        assertThat(reference).hasSize(36);
        for (String mode : List.of("concurrent", "threads")) {
            assertThat(files(dir.resolve(mode)).stream().map(dir.resolve(mode)::relativize).toList()).isEqualTo(reference);
            for (Path file : reference) {
                assertThat(dir.resolve(mode).resolve(file)).hasSameBinaryContentAs(dir.resolve("sequential").resolve(file));
            }
        }
    }

    /** The lesson: with latency, concurrent is many times faster than sequential. A ratio with a wide margin, not a time. */
    @Test
    void concurrentHidesTheLatencyThatSequentialAddsUp() throws Exception {
        Path notes = notes(10);
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", dir.resolve("cmp").toString(), "--mode", "compare",
                "--latency", "100ms", "--report", "json")).as("%s", cli).isZero();
        JsonNode runs = NoteJson.mapper().readTree(cli.stdout()).get("runs");
        double sequential = runs.get(0).get("wallSeconds").asDouble();
        double concurrent = runs.get(2).get("wallSeconds").asDouble();
        assertThat(sequential / concurrent).as("sequential %.3f s, concurrent %.3f s", sequential, concurrent).isGreaterThan(5);
        assertThat(runs.get(0).get("taskSecondsSum").asDouble() / sequential).isBetween(0.8, 1.2);
    }

    @Test
    void refusesAForeignFolderUnlessForced() throws Exception {
        Path notes = notes(3);
        Path out = dir.resolve("mine");
        Files.createDirectories(out);
        Files.writeString(out.resolve("thesis.docx"), "precious");
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", out.toString())).isEqualTo(2);
        assertThat(cli.stderr()).contains("did not write", "thesis.docx", "--force");
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", out.toString(), "--force")).isZero();
        assertThat(out.resolve("thesis.docx")).hasContent("precious");
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", out.toString())).as("%s", cli).isZero();
    }

    @Test
    void anOutThatIsAFileIsAUsageError() throws Exception {
        Path file = dir.resolve("file");
        Files.writeString(file, "x");
        assertThat(cli.run("export", "--notes", notes(1).toString(), "--out", file.toString())).isEqualTo(2);
        assertThat(cli.stderr()).contains("is a file, not a folder").hasLineCount(1);
    }
}
