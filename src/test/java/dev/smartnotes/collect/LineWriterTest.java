package dev.smartnotes.collect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.NoteJson;
import dev.smartnotes.notes.NoteJsonReader;
import dev.smartnotes.render.CsvOptions;
import dev.smartnotes.render.CsvRenderer;
import dev.smartnotes.render.JsonRenderer;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code notes.csv} and {@code notes.jsonl}: the per-note rows, in path order, whatever order they are put in. */
@Timeout(120)
class LineWriterTest {
    private static final int TITLE = CsvRenderer.HEADER.indexOf("title");
    private static final int BODY = CsvRenderer.HEADER.indexOf("body");

    @TempDir
    Path out;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 1234})
    void theTableHoldsThePerNoteCsvRowsInPathOrder(long seed) throws Exception {
        Collection collection = Collection.random(seed, 300);
        for (CsvOptions csv : List.of(CsvOptions.DEFAULT, new CsvOptions(true, true))) {
            Path folder = Files.createDirectories(out.resolve(csv.toString().replaceAll("\\W", "")));
            // small bounds: rows wait for their turn, and batches end anywhere
            Result result = collection.write(CollectionFormat.TABLE, folder, new Options(csv, false, false, false, 7, 16, 1 << 20));
            String table = Files.readString(folder.resolve("notes.csv"));
            assertThat(result.rows()).as("seed %d", seed).isEqualTo(300);
            assertThat(result.bytes()).isEqualTo(Files.size(folder.resolve("notes.csv")));
            assertThat(table.startsWith("\uFEFF")).isEqualTo(csv.bom());
            List<CSVRecord> records = records(table.startsWith("\uFEFF") ? table.substring(1) : table);
            assertThat(records.getFirst().toList()).isEqualTo(CsvRenderer.HEADER);
            assertThat(records).hasSize(301);
            CsvRenderer renderer = new CsvRenderer(csv);
            for (int i = 0; i < 300; i++) {
                Note note = collection.notes().get(i);
                String own = new String(renderer.render(note, collection.graph(note)), StandardCharsets.UTF_8);
                assertThat(records.get(i + 1).toList()).as("seed %d, %s", seed, note.path())
                        .isEqualTo(records(own.startsWith("\uFEFF") ? own.substring(1) : own).get(1).toList());
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 1234})
    void jsonLinesHoldThePerNoteJsonInPathOrder(long seed) throws Exception {
        Collection collection = Collection.random(seed, 300);
        collection.write(CollectionFormat.JSONL, out, Collection.options().withQueue(16, 1 << 20).withBatchRows(5));
        List<String> lines = Files.readAllLines(out.resolve("notes.jsonl"));
        assertThat(lines).hasSize(300);
        JsonRenderer json = new JsonRenderer();
        for (int i = 0; i < 300; i++) {
            Note note = collection.notes().get(i);
            JsonNode line = NoteJson.mapper().readTree(lines.get(i));
            assertThat(line).as("seed %d, %s", seed, note.path()).isEqualTo(NoteJson.mapper().readTree(json.render(note, collection.graph(note))));
            assertThat(NoteJsonReader.fromJson(line, "x")).isEqualTo(note);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"TABLE", "JSONL"})
    void skippedAndRefusedNotesLeaveNoRowAndNoGap(CollectionFormat format) throws Exception {
        Collection collection = Collection.random(7, 50);
        try (CollectionWriter writer = CollectionWriter.open(format, out, Collection.options().withQueue(4, 1 << 20), Previous.REPLACE);
                ExecutorService producers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 49; i >= 0; i--) { // started last to first: the first rows wait for the writer's bound to let them in
                int index = i;
                producers.submit(() -> {
                    if (index % 5 == 0) {
                        writer.skip(index);
                    } else {
                        assertThat(writer.put(collection.row(index))).isEmpty();
                    }
                    return null;
                });
            }
            producers.close();
            assertThat(writer.finish().rows()).isEqualTo(40);
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            if (i % 5 != 0) {
                expected.add(collection.notes().get(i).path());
            }
        }
        assertThat(paths(format)).containsExactlyElementsOf(expected);
    }

    @Test
    void aLoneSurrogateIsRefusedByTheTableAndKeptByJsonLines() throws Exception {
        Note note = new Note("odd.md", null, "half \uD83D of an emoji", List.of("t"), null, null, Map.of(), "body \uDE00 too");
        Collection collection = Collection.of(1, List.of(note));
        try (CollectionWriter writer = CollectionWriter.open(CollectionFormat.TABLE, out, Collection.options(), Previous.REPLACE)) {
            assertThat(writer.put(collection.row(0))).hasValueSatisfying(problem -> assertThat(problem.toString())
                    .isEqualTo("odd.md: not in notes.csv: its body holds a lone surrogate (\\uDE00 at character 5), which UTF-8 cannot store"));
            assertThat(writer.finish().rows()).isZero();
        }
        assertThat(records(Files.readString(out.resolve("notes.csv")))).hasSize(1);
        collection.write(CollectionFormat.JSONL, out, Collection.options());
        JsonNode line = NoteJson.mapper().readTree(Files.readString(out.resolve("notes.jsonl")));
        assertThat(line.get("title").asText()).isEqualTo("half \uD83D of an emoji");
        assertThat(line.get("body").asText()).isEqualTo("body \uDE00 too");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TABLE", "JSONL"})
    void nulBytesAndAMegabyteBodyAreStoredExactly(CollectionFormat format) throws Exception {
        String huge = "# Big\n" + "línea de texto, \"quoted\"\r\n".repeat(40_000);
        Note nul = new Note("nul.md", null, "a\0b", List.of(), null, null, Map.of(), "before\0after\n"); // from a JSON file of notes
        Collection collection = Collection.of(3, List.of(nul, dev.smartnotes.notes.NoteParser.parse("big.md", huge)));
        collection.write(format, out, Collection.options());
        if (format == CollectionFormat.TABLE) {
            List<CSVRecord> records = records(Files.readString(out.resolve("notes.csv")));
            assertThat(records.get(1).get(BODY)).isEqualTo(huge);
            assertThat(records.get(2).get(TITLE)).isEqualTo("a\0b");
            assertThat(records.get(2).get(BODY)).isEqualTo("before\0after\n");
        } else {
            List<String> lines = Files.readAllLines(out.resolve("notes.jsonl"));
            assertThat(NoteJson.mapper().readTree(lines.get(0)).get("body").asText()).isEqualTo(huge);
            assertThat(NoteJson.mapper().readTree(lines.get(1)).get("body").asText()).isEqualTo("before\0after\n");
        }
    }

    private List<String> paths(CollectionFormat format) throws Exception {
        List<String> paths = new ArrayList<>();
        if (format == CollectionFormat.TABLE) {
            records(Files.readString(out.resolve("notes.csv"))).stream().skip(1).forEach(r -> paths.add(CsvRenderer.unguard(r.get(0))));
        } else {
            for (String line : Files.readAllLines(out.resolve("notes.jsonl"))) {
                paths.add(NoteJson.mapper().readTree(line).get("path").asText());
            }
        }
        return paths;
    }

    static List<CSVRecord> records(String csv) throws Exception {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv)).setFormat(CsvRenderer.FORMAT).get()) {
            return parser.getRecords();
        }
    }
}
