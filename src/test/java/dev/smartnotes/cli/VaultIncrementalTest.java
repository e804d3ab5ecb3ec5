package dev.smartnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --incremental --prune} on the hand-made vaults after the changes a vault sees: a linked note
 * moved, created or deleted, an attachment edited, deleted or no longer referenced. After each, the
 * notes whose links now lead elsewhere (Markdown) or whose backlinks changed (JSON, CSV) are written
 * again, the others are not touched, and {@code --out} holds exactly what a fresh export of the
 * changed vault holds.
 */
class VaultIncrementalTest {
    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path dir;

    private Path vault;
    private Path out;
    private Cli cli;
    /** Options of every export of a test, the first and the fresh one included. */
    private List<String> options = List.of();

    private void vault(TestVault kind, String... options) throws IOException {
        this.options = List.of(options);
        vault = kind.materialize(dir.resolve("vault"));
        out = dir.resolve("out");
        assertThat(export(out).get("failed").asInt()).isZero();
    }

    private JsonNode export(Path into, String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("export", "--notes", vault.toString(), "--out", into.toString(), "--report", "json", "--verbose"));
        args.addAll(options);
        args.addAll(List.of(extra));
        cli = Cli.create();
        assertThat(cli.run(args.toArray(String[]::new))).as("%s", cli).isZero();
        return ExportedVault.JSON.readTree(cli.stdout());
    }

    private JsonNode incremental(String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("--incremental", "--prune"));
        args.addAll(List.of(extra));
        return export(out, args.toArray(String[]::new));
    }

    /** Each output file's identity: its file key and time, after setting every time to long ago. */
    private Map<String, String> identities() throws IOException {
        Map<String, String> ids = new TreeMap<>();
        for (String file : Outputs.files(out)) {
            Path path = out.resolve(file);
            Files.setLastModifiedTime(path, LONG_AGO);
            ids.put(file, Files.readAttributes(path, BasicFileAttributes.class).fileKey() + "@" + LONG_AGO);
        }
        return ids;
    }

    /** The output files written (or removed) since {@link #identities()}. */
    private List<String> writtenSince(Map<String, String> before) throws IOException {
        List<String> written = new ArrayList<>();
        for (String file : Outputs.files(out)) {
            Path path = out.resolve(file);
            String id = Files.readAttributes(path, BasicFileAttributes.class).fileKey() + "@" + Files.getLastModifiedTime(path);
            if (!id.equals(before.get(file))) {
                written.add(file);
            }
        }
        return written;
    }

    /** {@code --out} holds the files, byte for byte, that a fresh export of the vault as it is now writes. */
    private void assertSameAsAFreshExport() throws IOException {
        Path fresh = dir.resolve("fresh");
        if (Files.exists(fresh)) {
            Outputs.deleteTree(fresh);
        }
        export(fresh);
        assertThat(Outputs.files(out)).as("the files of an incremental export and of a fresh one").containsExactlyElementsOf(Outputs.files(fresh));
        SoftAssertions soft = new SoftAssertions();
        for (String file : Outputs.files(fresh)) {
            soft.assertThat(Files.readAllBytes(out.resolve(file))).as("%s after the incremental export", file)
                    .isEqualTo(Files.readAllBytes(fresh.resolve(file)));
        }
        soft.assertAll();
    }

    private static List<String> outputs(String name, String... formats) {
        List<String> files = new ArrayList<>();
        for (String format : formats) {
            files.add(format + "/" + name + "." + format);
        }
        return files;
    }

    private void write(String note, String text) throws IOException {
        Path file = vault.resolve(note);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void anUnchangedVaultWritesNothingAndNewOptionsWriteEveryNote() throws IOException {
        vault(TestVault.OBSIDIAN);
        Map<String, String> before = identities();
        JsonNode report = incremental();
        assertThat(writtenSince(before)).as("%s", cli).isEmpty();
        assertThat(report.get("files").asInt()).isZero();
        assertThat(report.get("unchanged").asInt()).isPositive();

        before = identities();
        incremental("--links", "keep");
        List<String> written = writtenSince(before);
        assertThat(written).as("--links keep: every note's Markdown").containsAll(outputs("Home", "md")).contains("md/Inbox.md", "md/Daily/2024-03-16.md");
        assertThat(Files.readString(out.resolve("md/Home.md"))).contains("Start with [[Inbox]] or the [[Projects/Alpha/Alpha|Alpha project]].");
    }

    @Test
    void aMovedNoteIsLinkedAtItsNewPlace() throws IOException {
        vault(TestVault.OBSIDIAN);
        Map<String, String> before = identities();
        Files.createDirectories(vault.resolve("Team"));
        Files.move(vault.resolve("People/Maria Sánchez.md"), vault.resolve("Team/Maria Sánchez.md"));

        JsonNode report = incremental();
        List<String> written = writtenSince(before);
        assertThat(written).as("%s", cli)
                .containsAll(outputs("Home", "md", "json", "csv"))
                .containsAll(outputs("Team/Maria Sánchez", "md", "json", "csv"))
                .as("backlinks changed: JSON and CSV only").containsAll(outputs("Projects/Alpha/Alpha", "json", "csv"))
                .doesNotContainAnyElementsOf(outputs("Projects/Alpha/Alpha", "md"))
                .as("untouched").doesNotContainAnyElementsOf(outputs("Areas/日本語/東京メモ", "md", "json", "csv"))
                .doesNotContainAnyElementsOf(outputs("Inbox", "md", "json", "csv"));
        assertThat(Files.readString(out.resolve("md/Home.md"))).contains("led by [maria sánchez](Team/Maria%20Sánchez.md)");
        assertThat(out.resolve("md/People/Maria Sánchez.md")).doesNotExist();
        assertThat(report.get("removed").asInt()).as("the old outputs pruned").isEqualTo(3);
        assertSameAsAFreshExport();
    }

    @Test
    void aNoteCreatedForAnUnresolvedLinkResolvesIt() throws IOException {
        vault(TestVault.OBSIDIAN);
        Map<String, String> before = identities();
        write("Someday maybe.md", "# Someday maybe\n\nIdeas for later.\n");

        incremental();
        assertThat(writtenSince(before)).as("%s", cli).containsAll(outputs("Home", "md", "json", "csv"))
                .containsAll(outputs("Someday maybe", "md", "json", "csv"))
                .doesNotContainAnyElementsOf(outputs("Inbox", "md", "json", "csv"));
        assertThat(Files.readString(out.resolve("md/Home.md"))).contains("Unfinished: [Someday maybe](Someday%20maybe.md), [[Old note]]");
        ExportedVault exported = ExportedVault.read(out);
        assertThat(exported.list("Home.md", "unresolvedLinks")).doesNotContain("Someday maybe");
        assertThat(exported.list("Someday maybe.md", "backlinks")).containsExactly("Home.md");
        assertSameAsAFreshExport();
    }

    @Test
    void aNewSameNamedNoteNearerToALinkTakesItOver() throws IOException {
        vault(TestVault.OBSIDIAN);
        Map<String, String> before = identities();
        write("Projects/Alpha/Beta plan.md", "# Alpha's own beta plan\n");

        incremental();
        assertThat(writtenSince(before)).as("[[Beta plan]] from Projects/Alpha now names the note beside it: %s", cli)
                .containsAll(outputs("Projects/Alpha/Meeting notes", "md", "json", "csv"))
                .as("backlinks lost").containsAll(outputs("Projects/Beta/Beta plan", "json", "csv"))
                .doesNotContainAnyElementsOf(outputs("Projects/Beta/Beta plan", "md"))
                .doesNotContainAnyElementsOf(outputs("Home", "md"));
        assertThat(Files.readString(out.resolve("md/Projects/Alpha/Meeting notes.md"))).contains("update [Beta plan](Beta%20plan.md)");
        assertSameAsAFreshExport();
    }

    @Test
    void aDeletedNoteLeavesTheLinksToItAsWritten() throws IOException {
        vault(TestVault.OBSIDIAN);
        Map<String, String> before = identities();
        Files.delete(vault.resolve("Resources/Recipes/Crème brûlée.md"));

        incremental();
        assertThat(writtenSince(before)).as("%s", cli).containsAll(outputs("Home", "md", "json", "csv"))
                .containsAll(outputs("Resources", "md", "json", "csv"))
                .containsAll(outputs("Areas/Santé & sport/Entraînement 🏃", "md", "json", "csv"));
        assertThat(out.resolve("md/Resources/Recipes/Crème brûlée.md")).doesNotExist();
        assertThat(Files.readString(out.resolve("md/Resources.md"))).contains("[[Crème brûlée]]");
        assertThat(out.resolve("md/Attachments/photo café.jpg")).as("still embedded by other notes").exists();
        assertSameAsAFreshExport();
    }

    @Test
    void aDeletedAttachmentSendsSameNamedEmbedsToTheOtherFile() throws IOException {
        vault(TestVault.OBSIDIAN);
        Map<String, String> before = identities();
        Files.delete(vault.resolve("Attachments/diagram.png"));

        incremental();
        assertThat(writtenSince(before)).as("![[diagram.png]] now names Projects/Alpha/diagram.png: %s", cli)
                .contains("md/Home.md", "md/Inbox.md", "md/Embeds/Embedded note.md")
                .doesNotContain("md/Projects/Alpha/Alpha.md", "md/Projects/Alpha/diagram.png");
        assertThat(Files.readString(out.resolve("md/Home.md"))).contains("![](Projects/Alpha/diagram.png)");
        assertThat(out.resolve("md/Attachments/diagram.png")).doesNotExist();
        assertSameAsAFreshExport();
    }

    @Test
    void anEditedAttachmentIsCopiedAgainAndNothingElse() throws IOException {
        vault(TestVault.OBSIDIAN);
        Map<String, String> before = identities();
        Path pdf = vault.resolve("Attachments/Quarterly report.pdf");
        Files.write(pdf, TestVault.bytes("pdf", "a longer, edited report with a second page"));
        Path memo = vault.resolve("Attachments/voice memo 2024-03-01.m4a");
        byte[] same = Files.readAllBytes(memo);
        same[same.length / 2] ^= 0x55; // same size, other bytes, newer time
        Files.write(memo, same);
        Files.setLastModifiedTime(memo, FileTime.fromMillis(Files.getLastModifiedTime(memo).toMillis() + 5_000));

        JsonNode report = incremental();
        assertThat(writtenSince(before)).as("%s", cli)
                .containsExactlyInAnyOrder("md/Attachments/Quarterly report.pdf", "md/Attachments/voice memo 2024-03-01.m4a");
        assertThat(out.resolve("md/Attachments/Quarterly report.pdf")).hasBinaryContent(Files.readAllBytes(pdf));
        assertThat(out.resolve("md/Attachments/voice memo 2024-03-01.m4a")).hasBinaryContent(same);
        assertThat(report.get("failed").asInt()).isZero();
        assertSameAsAFreshExport();
    }

    @Test
    void inlinedTextFollowsTheNotesItComesFrom() throws IOException {
        vault(TestVault.OBSIDIAN, "--embeds", "inline");
        Map<String, String> before = identities();
        String cycleB = Files.readString(vault.resolve("Embeds/Cycle B.md"));
        write("Embeds/Cycle B.md", cycleB.replace("B embeds A:", "B, edited, embeds A:"));
        Files.createDirectories(vault.resolve("Archive"));
        Files.move(vault.resolve("Inbox.md"), vault.resolve("Archive/Inbox.md"));

        incremental();
        assertThat(writtenSince(before)).as("a note embedded two levels down changed; a note linked from inlined text moved: %s", cli)
                .contains("md/Embeds/Embed host.md", "md/Embeds/Cycle A.md", "md/Embeds/Embedded note.md")
                .doesNotContain("md/Areas/日本語/東京メモ.md");
        assertThat(Files.readString(out.resolve("md/Embeds/Embed host.md"))).contains("B, edited, embeds A:", "[the inbox](../Archive/Inbox.md)");
        assertSameAsAFreshExport();
    }

    @Test
    void pruneRemovesAnAttachmentNoNoteReferencesAnyMore() throws IOException {
        vault(TestVault.DENDRON);
        String beta = Files.readString(vault.resolve("proj.beta.md"));
        write("proj.beta.md", beta.replace("Spec: [spec](assets/spec.pdf)\n", "Spec: to be written.\n"));

        Map<String, String> before = identities();
        incremental("--dry-run");
        assertThat(cli.stdout() + cli.stderr()).as("the dry run lists the removal").contains("md/assets/spec.pdf");
        assertThat(writtenSince(before)).as("a dry run writes nothing").isEmpty();
        assertThat(out.resolve("md/assets/spec.pdf")).exists();

        JsonNode report = incremental();
        assertThat(out.resolve("md/assets/spec.pdf")).as("%s", cli).doesNotExist();
        assertThat(out.resolve("md/assets/images/arch.png")).exists();
        assertThat(report.get("removedFiles").toString()).contains("md/assets/spec.pdf");
        assertSameAsAFreshExport();
    }
}
