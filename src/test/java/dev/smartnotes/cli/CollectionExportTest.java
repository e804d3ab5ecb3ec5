package dev.smartnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.smartnotes.notes.NoteJson;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole-collection files (--format table, jsonl, sqlite) through the command line, on real-shaped
 * vaults: their rows against the per-note JSON and CSV of the same run, and what incremental runs,
 * dry runs, runs of other formats, failing notes and foreign or locked files do to them.
 */
class CollectionExportTest {
    @TempDir
    Path dir;

    private final Cli cli = Cli.create();

    private JsonNode export(Path notes, Path out, String... extra) throws Exception {
        String[] args = Stream.concat(Stream.of("export", "--notes", notes.toString(), "--out", out.toString(), "--report", "json"),
                Stream.of(extra)).toArray(String[]::new);
        assertThat(cli.run(args)).as("%s", cli).isZero();
        return NoteJson.mapper().readTree(cli.stdout());
    }

    @ParameterizedTest
    @EnumSource(TestVault.class)
    void theCollectionFilesHoldWhatThePerNoteFilesOfTheSameRunHold(TestVault kind) throws Exception {
        Path vault = kind.materialize(dir.resolve("vault"));
        Path out = dir.resolve("out");
        JsonNode report = export(vault, out, "--format", "json,csv,table,jsonl,sqlite");
        Map<String, JsonNode> perNote = perNoteJson(out);
        assertThat(report.get("notes").asInt()).isEqualTo(perNote.size());
        assertThat(report.get("files").asInt()).as("a file per note and format, and the three collection files")
                .isEqualTo(2 * perNote.size() + 3);

        // notes.jsonl: one line per note, in source-path order, each the per-note JSON.
        List<String> lines = Files.readAllLines(out.resolve("notes.jsonl"));
        List<JsonNode> rows = new ArrayList<>();
        for (String line : lines) {
            rows.add(NoteJson.mapper().readTree(line));
        }
        assertThat(rows).extracting(row -> row.get("path").asText()).containsExactlyElementsOf(perNote.keySet());
        rows.forEach(row -> assertThat(row).as(row.get("path").asText()).isEqualTo(perNote.get(row.get("path").asText())));

        // notes.csv: the per-note CSV's header once, then each note's row, in source-path order.
        List<CSVRecord> table = csv(out.resolve("notes.csv"));
        List<CSVRecord> perNoteRows = new ArrayList<>();
        List<String> header = null;
        for (String path : perNote.keySet()) {
            List<CSVRecord> one = csv(out.resolve("csv/" + outputName(perNote.get(path), out) + ".csv"));
            header = one.get(0).toList();
            perNoteRows.add(one.get(1));
        }
        assertThat(table.get(0).toList()).isEqualTo(header);
        assertThat(table.subList(1, table.size())).extracting(CSVRecord::toList)
                .containsExactlyElementsOf(perNoteRows.stream().map(CSVRecord::toList).toList());

        // notes.sqlite: notes, tags, links and backlinks as the per-note JSON shows them.
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("notes.sqlite"))) {
            assertThat(column(db, "select path from notes order by path")).containsExactlyElementsOf(perNote.keySet());
            for (Map.Entry<String, JsonNode> note : perNote.entrySet()) {
                String path = note.getKey();
                JsonNode json = note.getValue();
                assertThat(column(db, "select title from notes where path = ?", path)).containsExactly(json.get("title").asText());
                assertThat(column(db, "select body from notes where path = ?", path)).containsExactly(json.get("body").asText());
                assertThat(column(db, "select tag from tags where note = ? order by position", path)).as(path).containsExactlyElementsOf(texts(json.get("tags")));
                assertThat(new TreeSet<>(column(db, "select target from links where note = ? and resolved", path))).as(path)
                        .isEqualTo(new TreeSet<>(texts(json.get("links"))));
                assertThat(new TreeSet<>(column(db, "select target from links where note = ? and not resolved", path))).as(path)
                        .isEqualTo(new TreeSet<>(texts(json.get("unresolvedLinks"))));
                assertThat(new TreeSet<>(column(db, "select source from backlinks where target = ?", path))).as(path)
                        .isEqualTo(new TreeSet<>(texts(json.get("backlinks"))));
            }
            // The files the notes link to or embed that are not notes.
            List<String> embedded = perNote.values().stream()
                    .flatMap(json -> Stream.concat(texts(json.get("links")).stream(), texts(json.get("attachments")).stream()))
                    .filter(path -> !perNote.containsKey(path)).distinct().sorted().toList();
            assertThat(column(db, "select path from attachments order by path")).containsExactlyElementsOf(embedded);
            for (String attachment : embedded) {
                assertThat(column(db, "select size from attachments where path = ?", attachment)).as(attachment)
                        .containsExactly(String.valueOf(Files.size(vault.resolve(attachment))));
            }
        }
    }

    @Test
    void theLinksTableTellsEmbedsOfNotesAndFilesFromLinks() throws Exception {
        Path vault = dir.resolve("vault");
        Files.createDirectories(vault.resolve("img"));
        Files.writeString(vault.resolve("Home.md"), "![[Part]] ![[Part#Two]] [[Other]] ![[img/pic.png]] ![[Home]] [[Missing]]\n");
        Files.writeString(vault.resolve("Part.md"), "# One\n\n# Two\n");
        Files.writeString(vault.resolve("Other.md"), "plain\n");
        Files.write(vault.resolve("img/pic.png"), new byte[] {1, 2, 3});
        Path out = dir.resolve("out");
        export(vault, out, "--format", "sqlite");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("notes.sqlite"))) {
            assertThat(column(db, "select target || ' ' || kind || ' ' || resolved from links where note = ? order by target", "Home.md"))
                    .containsExactly("Missing link 0", "Other.md link 1", "Part.md embed 1", "img/pic.png embed 1");
        }
    }

    @Test
    void theFullTextIndexFindsNotesByTitleAndBody() throws Exception {
        Path vault = TestVault.OBSIDIAN.materialize(dir.resolve("vault"));
        Path out = dir.resolve("out");
        Files.writeString(vault.resolve("Synchronisation.md"), "---\ntitle: On sync\n---\nHow the phones sync their calendars.\n");
        export(vault, out, "--format", "sqlite");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("notes.sqlite"))) {
            assertThat(column(db, "select path from notes_fts where notes_fts match 'sync'")).contains("Synchronisation.md");
            assertThat(column(db, "select path from notes_fts where notes_fts match 'calendars'")).containsExactly("Synchronisation.md");
        }
    }

    @Test
    void anIncrementalRunChangesOnlyWhatChangedAndLeavesUnchangedFilesAlone() throws Exception {
        Path vault = TestVault.SAMPLE.materialize(dir.resolve("vault"));
        Path out = dir.resolve("out");
        String[] formats = {"--format", "json,table,jsonl,sqlite", "--incremental"};
        JsonNode first = export(vault, out, formats);
        Map<String, Object> files = fileKeys(out);
        JsonNode again = export(vault, out, formats);
        assertThat(again.get("files").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).as("the JSON files and the three collection files")
                .isEqualTo(first.get("unchanged").asInt() + first.get("files").asInt());
        assertThat(fileKeys(out)).as("nothing changed: no collection file written again").isEqualTo(files);

        Path changed;
        Path gone;
        try (Stream<Path> notes = Files.walk(vault)) {
            List<Path> all = notes.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            changed = all.get(3);
            gone = all.get(7);
        }
        Files.writeString(changed, "---\ntitle: Rewritten\ntags: [fresh]\n---\nNew words.\n");
        String goneSource = vault.relativize(gone).toString();
        Files.delete(gone);
        String changedSource = vault.relativize(changed).toString();
        JsonNode third = export(vault, out, formats);
        assertThat(third.get("files").asInt()).as("the JSON of the notes whose text or links changed, and each collection file")
                .isGreaterThanOrEqualTo(4);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("notes.sqlite"))) {
            assertThat(column(db, "select title from notes where path = ?", changedSource)).containsExactly("Rewritten");
            assertThat(column(db, "select tag from tags where note = ?", changedSource)).containsExactly("fresh");
            assertThat(column(db, "select count(*) from notes where path = ?", goneSource)).containsExactly("0");
        }
        assertThat(Files.readString(out.resolve("notes.jsonl"))).contains("\"Rewritten\"").doesNotContain("\"path\":\"" + goneSource + "\"");

        // The merged files are what a full run writes.
        Path full = dir.resolve("full");
        export(vault, full, "--format", "json,table,jsonl,sqlite");
        assertThat(Files.readString(out.resolve("notes.jsonl"))).isEqualTo(Files.readString(full.resolve("notes.jsonl")));
        assertThat(Files.readString(out.resolve("notes.csv"))).isEqualTo(Files.readString(full.resolve("notes.csv")));
        for (String table : List.of("notes", "tags", "links", "attachments", "backlinks")) {
            assertThat(dump(out.resolve("notes.sqlite"), table)).as(table).isEqualTo(dump(full.resolve("notes.sqlite"), table));
        }
    }

    /** Every row of a table (without the database's own row numbers), sorted. */
    private static List<String> dump(Path database, String table) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + database);
                Statement statement = db.createStatement();
                ResultSet result = statement.executeQuery("select * from " + table)) {
            List<String> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    if (!result.getMetaData().getColumnName(c).equals("docid")) {
                        row.append(result.getString(c)).append('|');
                    }
                }
                rows.add(row.toString());
            }
            return rows.stream().sorted().toList();
        }
    }

    @Test
    void aRunWithoutTheDatabaseLeavesItsRowsToBeWrittenByTheNextRunWithIt() throws Exception {
        Path vault = TestVault.OBSIDIAN.materialize(dir.resolve("vault"));
        Path out = dir.resolve("out");
        export(vault, out, "--format", "json,sqlite", "--incremental");
        Files.writeString(vault.resolve("Home.md"), "---\ntitle: Home, again\n---\nElsewhere now.\n");
        JsonNode without = export(vault, out, "--format", "json", "--incremental");
        assertThat(without.get("files").asInt()).as("Home's JSON, and those of the notes whose backlinks changed").isGreaterThan(1);
        JsonNode with = export(vault, out, "--format", "json,sqlite", "--incremental");
        assertThat(with.get("files").asInt()).as("the database alone: the JSON files are up to date").isEqualTo(1);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("notes.sqlite"))) {
            assertThat(column(db, "select title from notes where path = 'Home.md'")).containsExactly("Home, again");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"table", "jsonl", "sqlite"})
    void aNoteThatFailsLeavesNoRowAndTheOthersAreWritten(String format) throws Exception {
        Path vault = TestVault.DENDRON.materialize(dir.resolve("vault"));
        Files.writeString(vault.resolve("broken.md"), "---\ntitle: [unclosed\n---\nbody\n");
        Path out = dir.resolve("out");
        String[] args = {"export", "--notes", vault.toString(), "--out", out.toString(), "--format", "json," + format};
        assertThat(cli.run(args)).as("%s", cli).isEqualTo(ExitCodes.FAILED);
        assertThat(cli.stderr()).contains("broken.md");
        Map<String, JsonNode> perNote = perNoteJson(out);
        String file = switch (format) {
            case "table" -> "notes.csv";
            case "jsonl" -> "notes.jsonl";
            default -> "notes.sqlite";
        };
        assertThat(out.resolve(file)).exists();
        if (!format.equals("sqlite")) {
            String text = Files.readString(out.resolve(file));
            assertThat(text).doesNotContain("broken");
            assertThat(perNote.keySet()).allMatch(path -> text.contains(path));
        } else {
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve(file))) {
                assertThat(column(db, "select path from notes order by path")).containsExactlyElementsOf(perNote.keySet());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"table", "jsonl", "sqlite", "table,jsonl"})
    void aNoteThatFailsIsReportedWhenTheRunWritesCollectionFilesAlone(String formats) throws Exception {
        Path vault = TestVault.DENDRON.materialize(dir.resolve("vault"));
        Files.writeString(vault.resolve("broken.md"), "---\ntitle: b\n");
        Path out = dir.resolve("out");
        String[] args = {"export", "--notes", vault.toString(), "--out", out.toString(), "--format", formats, "--report", "json"};
        assertThat(cli.run(args)).as("%s", cli).isEqualTo(ExitCodes.FAILED);
        assertThat(cli.stderr()).contains("broken.md").hasLineCount(1);
        JsonNode report = NoteJson.mapper().readTree(cli.stdout());
        assertThat(report.get("failed").asInt()).isEqualTo(1);
        assertThat(report.get("problems")).hasSize(1);
    }

    @Test
    void verboseNamesTheCollectionFilesAmongTheFormats() throws Exception {
        Path vault = TestVault.DENDRON.materialize(dir.resolve("vault"));
        String[] args = {"export", "--notes", vault.toString(), "--out", dir.resolve("out").toString(), "--format", "md,sqlite,jsonl", "-v"};
        assertThat(cli.run(args)).as("%s", cli).isZero();
        assertThat(cli.stderr()).contains("formats [md, jsonl, sqlite]");
    }

    @Test
    void filtersLeaveOutTheRowsOfTheNotesTheyLeaveOut() throws Exception {
        Path vault = TestVault.OBSIDIAN.materialize(dir.resolve("vault"));
        Files.writeString(vault.resolve("Tagged one.md"), "---\ntags: [keep]\n---\nOne\n");
        Files.writeString(vault.resolve("Tagged two.md"), "---\ntags: [keep, other]\n---\nTwo\n");
        Path out = dir.resolve("out");
        JsonNode report = export(vault, out, "--format", "jsonl,table", "--tag", "keep");
        assertThat(report.get("notes").asInt()).isEqualTo(2);
        assertThat(Files.readAllLines(out.resolve("notes.jsonl"))).hasSize(2).allMatch(line -> line.contains("\"keep\""));
        assertThat(csv(out.resolve("notes.csv"))).hasSize(3);
    }

    @Test
    void aDryRunListsTheCollectionFilesAndWritesNothing() throws Exception {
        Path vault = TestVault.DENDRON.materialize(dir.resolve("vault"));
        Path out = dir.resolve("out");
        assertThat(cli.run("export", "--notes", vault.toString(), "--out", out.toString(), "--format", "table,jsonl,sqlite", "--dry-run"))
                .as("%s", cli).isZero();
        assertThat(cli.stdout()).contains("would write   notes.csv", "would write   notes.jsonl", "would write   notes.sqlite");
        assertThat(out).doesNotExist();
    }

    @Test
    void aDatabaseSmartNotesDidNotWriteIsRefusedUnlessForced() throws Exception {
        Path vault = TestVault.DENDRON.materialize(dir.resolve("vault"));
        Path out = dir.resolve("out");
        export(vault, out, "--format", "json");
        Files.writeString(out.resolve("notes.sqlite"), "my own data");
        for (String dryRun : List.of("--dry-run", "--incremental")) {
            assertThat(cli.run("export", "--notes", vault.toString(), "--out", out.toString(), "--format", "sqlite", dryRun))
                    .as("%s", cli).isEqualTo(ExitCodes.USAGE);
            assertThat(cli.stderr().lines()).containsExactly("smartnotes: " + out.resolve("notes.sqlite")
                    + " is not a database SmartNotes wrote; pass --force to replace it");
            assertThat(Files.readString(out.resolve("notes.sqlite"))).isEqualTo("my own data");
        }
        export(vault, out, "--format", "sqlite", "--force");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("notes.sqlite"))) {
            assertThat(column(db, "select count(*) from notes")).containsExactly(String.valueOf(perNoteJson(out).size()));
        }
    }

    @Test
    void aDatabaseAnotherProgramHoldsIsLeftAsItWasAndTheRestIsExported() throws Exception {
        Path vault = TestVault.DENDRON.materialize(dir.resolve("vault"));
        Path out = dir.resolve("out");
        export(vault, out, "--format", "json,sqlite", "--incremental");
        byte[] before = Files.readAllBytes(out.resolve("notes.sqlite"));
        Path home;
        try (Stream<Path> notes = Files.list(vault)) {
            home = notes.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(home, "---\ntitle: Changed while locked\n---\nText\n");
        try (Connection holder = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("notes.sqlite"));
                Statement statement = holder.createStatement()) {
            statement.execute("begin immediate");
            int code = cli.run("export", "--notes", vault.toString(), "--out", out.toString(), "--format", "json,sqlite", "--incremental");
            assertThat(code).as("%s", cli).isEqualTo(ExitCodes.FAILED);
            assertThat(cli.stderr().lines().filter(line -> line.contains("notes.sqlite"))).hasSize(1);
            statement.execute("rollback");
        }
        assertThat(Files.readAllBytes(out.resolve("notes.sqlite"))).isEqualTo(before);
        assertThat(Files.readString(out.resolve("json/" + vault.relativize(home).toString().replace(".md", ".json"))))
                .contains("Changed while locked");
        export(vault, out, "--format", "json,sqlite", "--incremental");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("notes.sqlite"))) {
            assertThat(column(db, "select title from notes where path = ?", vault.relativize(home).toString()))
                    .as("the next run writes the row the locked run could not").containsExactly("Changed while locked");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sequential", "concurrent", "threads"})
    void everyModeWritesTheSameCollectionFiles(String mode) throws Exception {
        Path vault = TestVault.SAMPLE.materialize(dir.resolve("vault"));
        export(vault, dir.resolve("out"), "--format", "table,jsonl", "--mode", mode);
        export(vault, dir.resolve("reference"), "--format", "table,jsonl", "--mode", "sequential");
        for (String file : List.of("notes.csv", "notes.jsonl")) {
            assertThat(Files.readString(dir.resolve("out").resolve(file))).as(file).isEqualTo(Files.readString(dir.resolve("reference").resolve(file)));
        }
    }

    private static Map<String, JsonNode> perNoteJson(Path out) throws IOException {
        Map<String, JsonNode> notes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out.resolve("json"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                JsonNode json = NoteJson.mapper().readTree(file.toFile());
                notes.put(json.get("path").asText(), json);
            }
        }
        return notes;
    }

    /** The output name of a note (its JSON file's path under json/, without the extension). */
    private static String outputName(JsonNode note, Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out.resolve("json"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                if (NoteJson.mapper().readTree(file.toFile()).get("path").equals(note.get("path"))) {
                    String relative = out.resolve("json").relativize(file).toString();
                    return relative.substring(0, relative.length() - ".json".length());
                }
            }
        }
        throw new IllegalStateException("no JSON file for " + note.get("path"));
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file); CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
            return parser.getRecords();
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static List<String> column(Connection db, String sql, Object... parameters) throws SQLException {
        try (var statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    values.add(result.getString(1));
                }
            }
            return values;
        }
    }

    /** Each collection file as the file system knows it (device and inode): a file written again is a new one. */
    private static Map<String, Object> fileKeys(Path out) throws IOException {
        Map<String, Object> keys = new TreeMap<>();
        for (String file : List.of("notes.csv", "notes.jsonl", "notes.sqlite")) {
            keys.put(file, Files.readAttributes(out.resolve(file), BasicFileAttributes.class).fileKey());
        }
        return keys;
    }
}
