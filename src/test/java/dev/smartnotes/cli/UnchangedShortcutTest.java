package dev.smartnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An incremental run's shortcut over an unchanged collection against the two passes it skips. A
 * seeded random vault is exported, changed in one way (or not at all), and exported again with
 * --incremental into two copies of the folder, one of them with the manifest's digest of the
 * collection taken out, which sends the run through the passes. Both copies must then hold the same
 * files, byte for byte, the same manifest, and the runs must report the same; a second incremental
 * run over each (the shortcut's own case once the first has caught up) must too. A failure names its
 * seed, the options and the change.
 */
class UnchangedShortcutTest {
    private static final List<List<String>> OPTIONS = List.of(
            List.of(),
            List.of("--format", "all,jsonl,table"),
            List.of("--embeds", "inline"),
            List.of("--attachments", "all", "--frontmatter", "normalize"),
            List.of("--include", "Projects/**", "--include", "*.md"),
            List.of("--format", "md", "--links", "keep"),
            List.of("--format", "json,csv,jsonl"));

    private static final List<String> CHANGES = List.of("nothing", "touch a note", "edit a note", "add a note", "delete a note",
            "add the note a link looked for", "delete an attachment", "add an attachment", "delete an output file",
            "--attachments all this time", "--exclude this time", "--links keep this time", "--format md this time", "--prune");

    @TempDir
    Path dir;

    static Stream<Long> seeds() {
        return LongStream.range(0, 28).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theShortcutEndsWhereThePassesEnd(long seed) throws Exception {
        Random random = new Random(seed);
        List<String> options = OPTIONS.get(random.nextInt(OPTIONS.size()));
        String change = CHANGES.get((int) (seed % CHANGES.size()));
        Path vault = VaultRandomTest.write(dir.resolve("vault"), random);
        Path shortcut = dir.resolve("shortcut");
        Path passes = dir.resolve("passes");
        String what = "seed " + seed + ", options " + options + ", change: " + change;

        export(vault, shortcut, options);
        assertThat(collectionDigest(shortcut)).as("a complete run records the collection's digest").isNotNull();
        List<String> again = new ArrayList<>(options);
        again.add("--incremental");
        change(change, random, vault, shortcut, again);
        incrementalRunsAgree(vault, shortcut, passes, again, what);
    }

    /**
     * The output folders' stamps (FolderTimes): recorded by an incremental run once the folders are two
     * seconds old, then trusted; a file deleted, a folder's time set back after a file went, two folders
     * swapped: each is found, and the run ends where the passes end.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nothing", "delete an output file", "set a folder's time back", "swap two folders"})
    void recordedFolderStampsLeadWhereLookingAtEveryFileLeads(String change) throws Exception {
        Path vault = VaultRandomTest.write(dir.resolve("vault"), new Random(3));
        Path out = dir.resolve("out");
        List<String> incremental = List.of("--incremental");
        export(vault, out, List.of());
        assertThat(manifest(out).get("folders")).as("a full export records no stamps: it has just written every folder").isNull();
        Thread.sleep(2_000 + 100);
        assertThat(export(vault, out, incremental).get("files").asInt()).isZero();
        assertThat(manifest(out).get("folders").properties()).extracting(Map.Entry::getKey)
                .contains("md", "json", "csv").allMatch(folder -> folder.matches("(md|json|csv)(/.*)?"));

        List<String> outputs = Outputs.files(out);
        String file = outputs.stream().filter(name -> name.startsWith("json/") && name.indexOf('/', 5) > 0).findFirst().orElseThrow();
        Path folder = out.resolve(file).getParent();
        switch (change) {
            case "nothing" -> {}
            case "delete an output file" -> Files.delete(out.resolve(file));
            case "set a folder's time back" -> {
                FileTime before = Files.getLastModifiedTime(folder);
                Files.delete(out.resolve(file));
                Files.setLastModifiedTime(folder, before);
            }
            case "swap two folders" -> {
                Path other = Files.list(folder.getParent()).filter(Files::isDirectory).filter(p -> !p.equals(folder)).findFirst().orElseThrow();
                Files.move(folder, folder.resolveSibling("swap"));
                Files.move(other, folder);
                Files.move(folder.resolveSibling("swap"), other);
            }
            default -> throw new IllegalArgumentException(change);
        }
        incrementalRunsAgree(vault, out, dir.resolve("passes"), incremental, change);
        assertThat(Outputs.files(out)).as("every output is back (swapped folders keep the other's files too)").containsAll(outputs);
    }

    @Test
    void aNoteThatInlinesAnotherIsWrittenAgainEveryTime() throws Exception {
        Path vault = vault("A.md", "# A\n\n![[B]]\n", "B.md", "# B\n\nB's text.\n");
        Path shortcut = dir.resolve("shortcut");
        export(vault, shortcut, List.of("--embeds", "inline"));
        incrementalRunsAgree(vault, shortcut, dir.resolve("passes"), List.of("--embeds", "inline", "--incremental"), "--embeds inline");
        assertThat(export(vault, shortcut, List.of("--embeds", "inline", "--incremental")).get("files").asInt())
                .as("the embedded note's text may have changed: A.md is written again").isOne();
    }

    @Test
    void aRunInWhichANoteCouldNotBeWrittenRecordsNoDigest() throws Exception {
        Path vault = vault("a.md", "# A\n\nSee [[b]].\n");
        Path out = dir.resolve("out");
        List<String> md = List.of("--format", "md", "--incremental");
        export(vault, out, md);

        Files.writeString(vault.resolve("b.md"), "# B\n");
        Path old = dir.resolve("a.md.before");
        Files.move(out.resolve("md/a.md"), old);
        Files.createDirectories(out.resolve("md/a.md/in the way")); // a.md cannot be replaced in this run (a file locked on Windows, say)
        Cli cli = Cli.create();
        assertThat(cli.run("export", "--notes", vault.toString(), "--out", out.toString(), "--format", "md", "--incremental")).as("%s", cli).isOne();
        assertThat(collectionDigest(out)).as("a.md's entry still describes the file written before b.md was there").isNull();
        Outputs.deleteTree(out.resolve("md/a.md"));
        Files.move(old, out.resolve("md/a.md")); // the obstacle is gone, the earlier file back

        incrementalRunsAgree(vault, out, dir.resolve("passes"), md, "a failed write");
        assertThat(Files.readString(out.resolve("md/a.md"))).contains("[b](b.md)");
    }

    @Test
    void aRunWithATagFilterRecordsNoDigest() throws Exception {
        Path vault = vault("a.md", "---\ntags: [t]\n---\n# A\n\nSee [[y]].\n", "y.md", "# Y\n");
        Path out = dir.resolve("out");
        export(vault, out, List.of("--format", "md", "--incremental", "--tag", "t", "--exclude", "y.md"));
        assertThat(collectionDigest(out)).as("which notes --tag lets through is not part of the digest").isNull();
        incrementalRunsAgree(vault, out, dir.resolve("passes"), List.of("--format", "md", "--incremental", "--exclude", "y.md"), "after --tag");
    }

    /** A vault of the given notes, each a path followed by its text. */
    private Path vault(String... pathsAndTexts) throws IOException {
        Path vault = Files.createDirectories(dir.resolve("vault"));
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            Files.writeString(vault.resolve(pathsAndTexts[i]), pathsAndTexts[i + 1]);
        }
        return vault;
    }

    /**
     * Runs the incremental export twice into {@code shortcut} and into a copy of it made now without
     * the collection's digest ({@code passes}): each run must report the same and leave the same files.
     */
    private static void incrementalRunsAgree(Path vault, Path shortcut, Path passes, List<String> options, String what) throws IOException {
        TestVault.copyTree(shortcut, passes);
        removeCollectionDigest(passes);
        for (int run = 1; run <= 2; run++) {
            JsonNode viaShortcut = export(vault, shortcut, options);
            JsonNode viaPasses = export(vault, passes, options);
            assertThat(viaShortcut).as("%s: the report of incremental run %d", what, run).isEqualTo(viaPasses);
            assertThat(contents(shortcut)).as("%s: the folder after incremental run %d", what, run).isEqualTo(contents(passes));
        }
    }

    @Test
    void aRunThatLeavesANoteOutRecordsNoDigestAndTheNextRunGoesThroughThePasses() throws Exception {
        Path vault = VaultRandomTest.write(dir.resolve("vault"), new Random(5));
        Path out = dir.resolve("out");
        export(vault, out, List.of());
        assertThat(collectionDigest(out)).isNotNull();

        export(vault, out, List.of("--incremental", "--skip-tag", "random")); // every note with front matter has this tag
        assertThat(collectionDigest(out)).as("notes were left out by --skip-tag").isNull();

        JsonNode report = export(vault, out, List.of("--incremental"));
        assertThat(report.get("files").asInt()).as("the notes --skip-tag left out are written again").isPositive();
        assertThat(collectionDigest(out)).isNotNull();
        assertThat(export(vault, out, List.of("--incremental")).get("files").asInt()).isZero();
    }

    /** Makes the change to the vault, the output folder or the options of the incremental runs. */
    private static void change(String change, Random random, Path vault, Path out, List<String> options) throws IOException {
        List<Path> notes = files(vault, true);
        Path note = notes.get(random.nextInt(notes.size()));
        List<Path> attachments = files(vault, false);
        switch (change) {
            case "nothing" -> {}
            case "touch a note" -> Files.setLastModifiedTime(note, FileTime.fromMillis(Files.getLastModifiedTime(note).toMillis() + 5_000));
            case "edit a note" -> Files.writeString(note, Files.readString(note) + "\nSee [[" + stem(notes.getFirst()) + "]] and [[Missing 1]].\n");
            case "add a note" -> Files.writeString(vault.resolve("Projects/New note.md"), "# New\n\n[[" + stem(note) + "]] ![[img 1.png]]\n");
            case "delete a note" -> Files.delete(note);
            case "add the note a link looked for" -> {
                for (int i = 0; i < 100; i++) {
                    Files.writeString(vault.resolve("Missing " + i + ".md"), "# Found at last\n");
                }
            }
            case "delete an attachment" -> Files.delete(attachments.get(random.nextInt(attachments.size())));
            case "add an attachment" -> Files.write(vault.resolve("extra.png"), TestVault.bytes("png", "extra.png"));
            case "delete an output file" -> {
                List<String> outputs = Outputs.files(out);
                Files.delete(out.resolve(outputs.get(random.nextInt(outputs.size()))));
            }
            case "--attachments all this time" -> set(options, "--attachments", "all");
            case "--exclude this time" -> options.addAll(List.of("--exclude", "日本語/**"));
            case "--links keep this time" -> set(options, "--links", "keep");
            case "--format md this time" -> set(options, "--format", "md");
            case "--prune" -> {
                Files.delete(note);
                options.add("--prune");
            }
            default -> throw new IllegalArgumentException(change);
        }
    }

    /** Gives an option the value, in place of the values it had. */
    private static void set(List<String> options, String option, String value) {
        for (int i = options.indexOf(option); i >= 0; i = options.indexOf(option)) {
            options.subList(i, i + 2).clear();
        }
        options.addAll(List.of(option, value));
    }

    private static List<Path> files(Path vault, boolean notes) throws IOException {
        try (Stream<Path> paths = Files.walk(vault)) {
            return paths.filter(Files::isRegularFile).filter(path -> path.toString().endsWith(".md") == notes).sorted().toList();
        }
    }

    private static String stem(Path note) {
        String name = note.getFileName().toString();
        return name.substring(0, name.length() - 3);
    }

    /** Exports with a JSON report; the report without what differs from run to run (times, the folder's path). */
    private static JsonNode export(Path vault, Path out, List<String> options) throws IOException {
        List<String> args = new ArrayList<>(List.of("export", "--notes", vault.toString(), "--out", out.toString(), "--report", "json"));
        args.addAll(options);
        Cli cli = Cli.create();
        assertThat(cli.run(args.toArray(String[]::new))).as("%s", cli).isZero();
        ObjectNode report = (ObjectNode) ExportedVault.JSON.readTree(cli.stdout());
        report.remove(List.of("out", "wallSeconds", "filesPerSecond", "taskSecondsSum", "overlap", "longestTaskSeconds"));
        return report;
    }

    /**
     * Every file under {@code out} and its bytes; the manifest without the output folders' times, which
     * only the shortcut records (they are the folders' own, and differ between the two copies anyway).
     */
    private static List<String> contents(Path out) throws IOException {
        List<String> contents = new ArrayList<>();
        for (String file : Outputs.walk(out)) {
            byte[] bytes = Files.readAllBytes(out.resolve(file));
            if (file.equals(".smartnotes-manifest.json")) {
                ObjectNode manifest = (ObjectNode) ExportedVault.JSON.readTree(bytes);
                manifest.remove("folders");
                bytes = ExportedVault.JSON.writeValueAsBytes(manifest);
            }
            contents.add(file + ": " + (file.endsWith(".sqlite") ? bytes.length + " bytes" : Arrays.hashCode(bytes) + " " + bytes.length));
        }
        return contents;
    }

    private static JsonNode manifest(Path out) throws IOException {
        return ExportedVault.JSON.readTree(out.resolve(".smartnotes-manifest.json").toFile());
    }

    private static String collectionDigest(Path out) throws IOException {
        JsonNode digest = ExportedVault.JSON.readTree(out.resolve(".smartnotes-manifest.json").toFile()).get("collection");
        return digest == null ? null : digest.asText();
    }

    private static void removeCollectionDigest(Path out) throws IOException {
        Path manifest = out.resolve(".smartnotes-manifest.json");
        String json = Files.readString(manifest, StandardCharsets.UTF_8);
        String without = json.replaceFirst("\"collection\":\"[0-9a-f]{64}\",", "");
        Files.writeString(manifest, without, StandardCharsets.UTF_8);
    }
}
