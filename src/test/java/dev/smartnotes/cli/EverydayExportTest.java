package dev.smartnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.smartnotes.notes.NoteJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Incremental export, pruning, filters, dry runs and quiet output, through the command line. */
class EverydayExportTest {
    @TempDir
    Path dir;

    private final Cli cli = Cli.create();
    private Path notes;
    private Path out;

    @BeforeEach
    void collection() throws Exception {
        notes = dir.resolve("notes");
        out = dir.resolve("out");
        write("work/plan.md", "---\ntitle: Plan\ntags: [work, q1]\nupdated: 2026-03-01\n---\nPlan body\n");
        write("work/review.md", "---\ntitle: Review\ntags: [work]\ncreated: 2025-12-01\n---\nReview body\n");
        write("home/garden.md", "---\ntitle: Garden\ntags: [home, q1]\nupdated: 2026-01-15T09:00\n---\nGarden body\n");
        write("journal/2026-02-01.md", "# Journal\n\nNo front matter.\n");
        Files.setLastModifiedTime(notes.resolve("journal/2026-02-01.md"), FileTime.fromMillis(1_600_000_000_000L));
    }

    private void write(String relative, String text) throws Exception {
        Path file = notes.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private JsonNode export(String... extra) throws Exception {
        String[] args = Stream.concat(Stream.of("export", "--notes", notes.toString(), "--out", out.toString(), "--report", "json"),
                Stream.of(extra)).toArray(String[]::new);
        assertThat(cli.run(args)).as("%s", cli).isZero();
        return NoteJson.mapper().readTree(cli.stdout());
    }

    private List<String> outputs() throws Exception {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .map(p -> out.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void aSecondIncrementalRunWritesNothingThenOnlyWhatChanged() throws Exception {
        assertThat(export("--incremental").get("files").asInt()).isEqualTo(12);
        Object manifest = manifestFile();
        JsonNode again = export("--incremental");
        assertThat(manifestFile()).as("nothing changed: the manifest is not written again").isEqualTo(manifest);
        assertThat(again.get("files").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(12);
        assertThat(again.get("notes").asInt()).isEqualTo(4);

        write("work/plan.md", "---\ntitle: Plan v2\ntags: [work]\n---\nChanged\n");
        JsonNode changed = export("--incremental");
        assertThat(changed.get("files").asInt()).isEqualTo(3);
        assertThat(changed.get("unchanged").asInt()).isEqualTo(9);
        assertThat(Files.readString(out.resolve("md/work/plan.md"))).contains("Plan v2");

        Files.setLastModifiedTime(notes.resolve("work/review.md"), FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertThat(export("--incremental").get("files").asInt()).as("touched but not changed").isZero();

        assertThat(export("--incremental", "--csv-bom").get("files").asInt()).as("options changed").isEqualTo(12);
        Files.delete(out.resolve("json/home/garden.json"));
        // The Markdown (first pass) is still there; JSON and CSV (second pass) are written again together.
        assertThat(export("--incremental", "--csv-bom").get("files").asInt()).as("an output deleted by hand").isEqualTo(2);
        assertThat(export().get("files").asInt()).as("a full export writes everything").isEqualTo(12);
    }

    @Test
    void filesOfFormatsARunLeftOutAreWrittenAgainOnceTheNoteChanged() throws Exception {
        export("--incremental");
        write("work/plan.md", "---\ntitle: Plan v2\ntags: [work]\n---\nChanged\n");
        assertThat(export("--incremental", "--format", "json").get("files").asInt()).isEqualTo(1);
        JsonNode all = export("--incremental");
        // Its Markdown and CSV were stale since the JSON-only run; JSON and CSV are written together.
        assertThat(all.get("files").asInt()).as("the changed note's files").isEqualTo(3);
        assertThat(Files.readString(out.resolve("md/work/plan.md"))).contains("Plan v2");
        assertThat(Files.readString(out.resolve("csv/work/plan.csv"))).contains("Plan v2");
        assertThat(export("--incremental").get("files").asInt()).isZero();

        write("work/plan.md", "---\ntitle: Plan v3\n---\nAgain\n");
        export("--incremental", "--format", "json");
        Files.delete(notes.resolve("work/plan.md"));
        JsonNode pruned = export("--incremental", "--prune", "--format", "json");
        assertThat(pruned.get("removed").asInt()).as("its stale Markdown and CSV too").isEqualTo(3);
        assertThat(outputs()).noneMatch(f -> f.contains("plan"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"md", "json", "csv,md", "all,jsonl"})
    void anIncrementalRunOfUnchangedNotesLeavesTheManifestAlone(String formats) throws Exception {
        write("work/Odd: name?.md", "A note whose output name is not its path\n");
        export("--incremental", "--format", formats);
        Object manifest = manifestFile();
        JsonNode again = export("--incremental", "--format", formats);
        assertThat(again.get("files").asInt()).isZero();
        assertThat(manifestFile()).as("nothing changed: the manifest is not written again").isEqualTo(manifest);
    }

    @Test
    void theManifestListsNotesAndAttachmentsInPathOrder() throws Exception {
        List<String> paths = IntStream.range(0, 300).mapToObj(i -> "f" + i % 7 + "/n" + i + ".md").toList();
        for (String path : paths) {
            write(path, "# " + path + "\n\n![[p" + path.hashCode() % 5 + ".png]]\n");
        }
        for (int i = 0; i < 5; i++) {
            write("p" + i + ".png", "png " + i);
            write("p-" + i + ".png", "png " + i);
        }
        export();
        JsonNode manifest = NoteJson.mapper().readTree(out.resolve(".smartnotes-manifest.json").toFile());
        List<String> notesListed = new ArrayList<>();
        manifest.get("notes").fieldNames().forEachRemaining(notesListed::add);
        assertThat(notesListed).isSorted().hasSize(paths.size() + 4).containsAll(paths);
        List<String> attachmentsListed = new ArrayList<>();
        manifest.get("attachments").fieldNames().forEachRemaining(attachmentsListed::add);
        assertThat(attachmentsListed).isSorted().isNotEmpty();
    }

    /** The manifest file as the file system knows it (device and inode): a new one is a new file. */
    private Object manifestFile() throws IOException {
        return Files.readAttributes(out.resolve(".smartnotes-manifest.json"), BasicFileAttributes.class).fileKey();
    }

    @ParameterizedTest
    @ValueSource(strings = {"md", "all", "all,sqlite"})
    @Timeout(60)
    void aNoteThatFailsGivesBackItsRoomSoThatANoteAsLargeAsTheWholeBudgetStillGetsIt(String formats) throws Exception {
        write("broken.md", "---\ntitle: b\n"); // unterminated front matter
        write("large.md", "# Large\n\n" + "x".repeat(5_000_000) + "\n"); // more than all the room of the memory budget
        String[] args = {"export", "--notes", notes.toString(), "--out", out.toString(), "--format", formats};
        assertThat(cli.run(args)).as("%s", cli).isEqualTo(ExitCodes.FAILED);
        assertThat(cli.stderr()).contains("broken.md").hasLineCount(1);
        assertThat(out.resolve("md/large.md")).hasSize(Files.size(notes.resolve("large.md")));
    }

    @Test
    void fsyncForcesEveryFileAndTheManifestToDisk() throws Exception {
        assertThat(export("--fsync", "--format", "all,sqlite").get("files").asInt()).isEqualTo(13);
        assertThat(outputs()).hasSize(13);
        JsonNode again = export("--fsync", "--format", "all,sqlite", "--incremental");
        assertThat(again.get("files").asInt()).as("the manifest was written: nothing is new").isZero();
        assertThat(again.get("unchanged").asInt()).as("twelve files of notes and the database").isEqualTo(13);
    }

    @Test
    void pruneRemovesTheOutputsOfNotesThatAreGone() throws Exception {
        export();
        Files.delete(notes.resolve("home/garden.md"));
        JsonNode kept = export("--incremental");
        assertThat(kept.get("removed").asInt()).isZero();
        assertThat(out.resolve("md/home/garden.md")).exists();

        JsonNode dry = export("--incremental", "--prune", "--dry-run");
        assertThat(dry.get("wouldRemove")).extracting(JsonNode::asText)
                .containsExactly("csv/home/garden.csv", "json/home/garden.json", "md/home/garden.md");
        assertThat(out.resolve("md/home/garden.md")).exists();

        JsonNode pruned = export("--incremental", "--prune");
        assertThat(pruned.get("removed").asInt()).isEqualTo(3);
        assertThat(outputs()).hasSize(9).noneMatch(f -> f.contains("garden"));
        assertThat(out.resolve("md/home")).doesNotExist();
        assertThat(export("--incremental", "--prune").get("removed").asInt()).isZero();
    }

    @Test
    void aLinkToANoteThatExcludeLeavesOutStaysAsWrittenAlsoWithATagFilter() throws Exception {
        Path vault = dir.resolve("vault");
        Files.createDirectories(vault);
        Files.writeString(vault.resolve("a.md"), "---\ntags: [t]\n---\n# A\n\nSee [[y]] and [[b]].\n");
        Files.writeString(vault.resolve("b.md"), "---\ntags: [t]\n---\n# B\n");
        Files.writeString(vault.resolve("y.md"), "---\ntags: [t]\n---\n# Y\n");
        for (String tag : List.of("--tag", "--skip-tag")) {
            Path into = dir.resolve("out" + tag);
            Cli cli = Cli.create();
            assertThat(cli.run("export", "--notes", vault.toString(), "--out", into.toString(), "--format", "md", "--exclude", "y.md",
                    tag, tag.equals("--tag") ? "t" : "other")).as("%s", cli).isZero();
            assertThat(Files.readString(into.resolve("md/a.md"))).as(tag).contains("See [[y]] and [b](b.md).");
        }
    }

    @Test
    void filtersByTagDateAndPath() throws Exception {
        assertThat(export("--tag", "q1", "--format", "md").get("notes").asInt()).isEqualTo(2);
        assertThat(outputs()).containsExactly("md/home/garden.md", "md/work/plan.md");

        out = dir.resolve("all-tags");
        export("--tag", "work", "--tag", "q1", "--all-tags", "--format", "md");
        assertThat(outputs()).containsExactly("md/work/plan.md");

        out = dir.resolve("skip");
        export("--skip-tag", "WORK", "--format", "md");
        assertThat(outputs()).containsExactly("md/home/garden.md", "md/journal/2026-02-01.md");

        out = dir.resolve("since");
        export("--since", "2026-01-15", "--format", "md");
        assertThat(outputs()).containsExactly("md/home/garden.md", "md/work/plan.md");

        out = dir.resolve("globs");
        export("--include", "work/**", "--include", "2026-*.md", "--exclude", "review.md", "--format", "md");
        assertThat(outputs()).containsExactly("md/journal/2026-02-01.md", "md/work/plan.md");
    }

    @Test
    void aDryRunListsWhatWouldBeWrittenAndWritesNothing() throws Exception {
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", out.toString(), "--dry-run", "--format", "md,csv"))
                .as("%s", cli).isZero();
        assertThat(cli.stdout()).contains("would write   md/work/plan.md", "would write   csv/home/garden.csv", "Dry run, nothing written");
        assertThat(out).doesNotExist();
        // Note by note in the order of their paths, each note's formats in the order asked for, whatever the walk's order.
        List<String> listed = cli.stdout().lines().filter(line -> line.contains("would write")).map(String::strip).toList();
        assertThat(listed).isNotEmpty().hasSize(listed.size() / 2 * 2);
        for (int i = 0; i < listed.size(); i += 2) {
            assertThat(listed.get(i)).startsWith("would write   md/");
            assertThat(listed.get(i + 1)).startsWith("would write   csv/");
        }
        List<String> notesInOrder = listed.stream().filter(line -> line.contains(" md/")).toList();
        assertThat(notesInOrder).isSorted();
    }

    @Test
    void notesCanBeASingleMarkdownFile() throws Exception {
        Path note = notes.resolve("work/plan.md");
        assertThat(cli.run("export", "--notes", note.toString(), "--out", out.toString())).as("%s", cli).isZero();
        assertThat(outputs()).containsExactly("csv/plan.csv", "json/plan.json", "md/plan.md");
    }

    @Test
    void notesThatAreAFileOfAnotherKindAreAUsageError() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "{}");
        assertThat(cli.run("export", "--notes", text.toString(), "--out", out.toString())).as("%s", cli).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.stderr()).contains("is neither a folder, a .md note nor a .json file of notes");
        assertThat(out).doesNotExist();
    }

    @Test
    void aSinceThatIsNoDateIsAUsageErrorThatSaysWhatADateLooksLike() throws Exception {
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", out.toString(), "--since", "2024-13-01")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.stderr()).startsWith("smartnotes: Invalid value for option '--since': '2024-13-01' is not a date (yyyy-mm-dd, such as 2026-03-01)");
    }

    @Test
    void quietPrintsOnlyErrors() throws Exception {
        write("broken.md", "\u0000binary");
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", out.toString(), "--quiet")).isEqualTo(1);
        assertThat(cli.stdout()).isEmpty();
        assertThat(cli.stderr().strip()).isEqualTo(notes.resolve("broken.md") + ": binary file, not Markdown (NUL byte at offset 0)");
        cli.defaultNotes(dir.resolve("absent"));
        assertThat(cli.run("export", "--out", dir.resolve("demo").toString(), "-q")).isZero();
        assertThat(cli.stdout() + cli.stderr()).isEmpty();
    }

    @Test
    void renamedNotesLeaveNoStaleFiles() throws Exception {
        export("--format", "md");
        write("WORK/plan.md", "# A note that now takes the name first\n");
        export("--format", "md");
        assertThat(outputs()).contains("md/WORK/plan.md", "md/work/plan-2.md");
        assertThat(outputs()).doesNotContain("md/work/plan.md");
    }

    @Test
    void anOutWithDotSegmentsIsTheFolderItNamesAndABadGlobIsAUsageError() throws Exception {
        Files.createDirectories(dir.resolve("x"));
        out = dir.resolve("x/../tidy/.");
        assertThat(export("--format", "md").get("files").asInt()).isEqualTo(4);
        assertThat(dir.resolve("tidy/md/work/plan.md")).exists();
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", dir.resolve("g").toString(), "--include", "[")).isEqualTo(2);
        assertThat(cli.stderr()).contains("not a valid glob");
    }

    @Test
    void includeNeverChangesANotesName() throws Exception {
        write("work/Plan.md", "# Capital\n");
        export("--format", "md");
        export("--format", "md", "--incremental", "--include", "plan.md");
        assertThat(outputs()).contains("md/work/Plan.md", "md/work/plan-2.md").doesNotContain("md/work/plan.md");
    }
}
