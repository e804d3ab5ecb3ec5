package dev.smartnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What --out may be and hold: never the notes, never a folder of another layout or with a damaged
 * manifest unless --force says so, nothing removed through a link, every file a run wrote tracked
 * until it is pruned; a dry run refuses what the real run refuses.
 */
class OutputSafetyTest {
    @TempDir
    Path dir;

    private final Cli cli = Cli.create();

    private Path notes() throws IOException {
        Path notes = dir.resolve("notes");
        Files.createDirectories(notes.resolve("sub"));
        Files.writeString(notes.resolve("one.md"), "---\ntitle: One\n---\nBody\n");
        Files.writeString(notes.resolve("sub/two.md"), "# Two\n");
        return notes;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--force", "--dry-run", "--incremental"})
    void theNotesFolderIsNeverTheOutput(String option) throws IOException {
        Path notes = notes();
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", notes.toString(), option)).as("%s", cli).isEqualTo(2);
        assertThat(cli.stderr().lines()).first().asString().contains("is the notes folder");
        assertThat(notes.resolve("md")).doesNotExist();
        assertThat(cli.run("export", "--notes", notes.resolve("sub").toString(), "--out", notes.toString(), option)).isEqualTo(2);
        assertThat(cli.stderr()).contains("holds the notes folder");
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", notes.resolve("sub/..").toString(), option)).isEqualTo(2);
        try (var files = Files.list(notes)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("one.md", "sub");
        }
    }

    @Test
    void anOutputInsideTheNotesIsFineAndNotReadBack() throws IOException {
        Path notes = notes();
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", notes.resolve("export").toString(), "-q")).isZero();
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", notes.resolve("export").toString(), "--report", "json")).isZero();
        assertThat(cli.stdout()).contains("\"notes\" : 2");
    }

    @ParameterizedTest(name = "manifest \"{0}\"")
    @ValueSource(strings = {"", "{", "null", "[1]", "{\"notes\": {\"a.json\": {}}}", "{\"notes\": {\"a.md\": {\"targets\": [\"x\"]}}}",
        "{\"notes\": {\"a.md\": {\"hash\": \"not hex\"}}}", "{\"notes\": {\"a.md\": {\"graph\": \"0123\"}}}",
        "{\"notes\": {\"a.md\": {\"targets\": [null]}}}", "{\"notes\": {\"a.md\": {\"formats\": [null]}}}",
        "{\"notes\": {\"a.md\": {\"stale\": [{}]}}}"})
    void aDamagedManifestIsRefusedAndForceRecoversTheFolder(String manifest) throws IOException {
        Path notes = notes();
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve(".smartnotes-manifest.json"), manifest);
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", out.toString())).as("%s", cli).isEqualTo(2);
        assertThat(cli.stderr().lines().toList()).first().asString().startsWith("smartnotes: --out " + out + " has a damaged manifest (")
                .endsWith("pass --force to export into it anew");
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", out.toString(), "--dry-run")).isEqualTo(2);
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", out.toString(), "--force", "-q")).as("%s", cli).isZero();
        assertThat(out.resolve("md/sub/two.md")).exists();
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", out.toString(), "--incremental", "--report", "json")).isZero();
        assertThat(cli.stdout()).contains("\"unchanged\" : 6");
    }

    @Test
    void aManifestThatIsNotUtf8IsRefused() throws IOException {
        Path notes = notes();
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.write(out.resolve(".smartnotes-manifest.json"), new byte[] {'{', '"', 'n', 'o', 't', 'e', 's', '"', ':', '{', '"', 'a', (byte) 0xFF,
            (byte) 0xFE, '.', 'm', 'd', '"', ':', '{', '}', '}', '}'});
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", out.toString(), "--incremental")).as("%s", cli).isEqualTo(2);
        assertThat(cli.stderr()).startsWith("smartnotes: --out " + out + " has a damaged manifest (").contains("UTF-8").hasLineCount(1);
    }

    @Test
    void aDryRunRefusesAForeignFolderAsTheRealRunDoes() throws IOException {
        Path notes = notes();
        Path out = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(out.resolve("thesis.docx"), "precious");
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", out.toString(), "--dry-run")).isEqualTo(2);
        String refusal = cli.stderr();
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", out.toString())).isEqualTo(2);
        assertThat(cli.stderr()).isEqualTo(refusal).contains("holds files SmartNotes did not write");
        assertThat(Outputs.walk(out)).containsExactly("thesis.docx");
    }

    @Test
    void aCompareFolderAndAPlainFolderAreToldApart() throws IOException {
        Path notes = notes();
        Path compare = dir.resolve("compare");
        Path plain = dir.resolve("plain");
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", compare.toString(), "--mode", "compare", "-q")).isZero();
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", plain.toString(), "-q")).isZero();
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", compare.toString())).isEqualTo(2);
        assertThat(cli.stderr()).contains("holds a compare export, and this is a plain one");
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", plain.toString(), "--mode", "compare", "--dry-run")).isEqualTo(2);
        assertThat(cli.stderr()).contains("holds a plain export, and this is a compare one");
        assertThat(compare.resolve("md")).doesNotExist();
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", compare.resolve("threads").toString(), "-q"))
                .as("one mode's folder is a plain export").isZero();
    }

    @Test
    void filesOfFormatsDroppedFromARunStayTrackedAndArePrunedWithTheirNote() throws IOException {
        Path notes = notes();
        Path out = dir.resolve("out");
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", out.toString(), "--format", "all", "-q")).isZero();
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", out.toString(), "--format", "md", "-q")).isZero();
        Files.delete(notes.resolve("sub/two.md"));
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", out.toString(), "--format", "md", "--prune", "-q")).isZero();
        assertThat(Outputs.walk(out)).noneMatch(file -> file.contains("two")).contains("json/one.json", "csv/one.csv", "md/one.md");
    }

    @Test
    void pruningNeverRemovesAFileThroughALinkThatLeavesTheOutput() throws IOException {
        Path notes = notes();
        Path out = dir.resolve("out");
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", out.toString(), "-q")).isZero();
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere/sub"));
        Files.writeString(elsewhere.resolve("two.md"), "someone else's file", StandardCharsets.UTF_8);
        Outputs.deleteTree(out.resolve("md/sub"));
        Files.createSymbolicLink(out.resolve("md/sub"), elsewhere);
        Files.delete(notes.resolve("sub/two.md"));
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", out.toString(), "--prune", "--report", "json")).as("%s", cli).isZero();
        assertThat(elsewhere.resolve("two.md")).hasContent("someone else's file");
        assertThat(out.resolve("md/sub")).isSymbolicLink();
        assertThat(out.resolve("json/sub/two.json")).doesNotExist();
    }
}
