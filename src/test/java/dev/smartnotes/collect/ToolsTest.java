package dev.smartnotes.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.NoteJson;
import dev.smartnotes.render.CsvRenderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The files as other programs read them: the table with Python's csv module, the lines with jq. */
@Timeout(120)
class ToolsTest {
    @TempDir
    Path out;

    @Test
    void pythonReadsEveryCellOfTheTable() throws Exception {
        Collection collection = Collection.random(21, 200);
        collection.write(CollectionFormat.TABLE, out, Collection.options());
        String script = """
                import csv, json, sys
                csv.field_size_limit(sys.maxsize)
                with open(sys.argv[1], newline='', encoding='utf-8') as f:
                    json.dump(list(csv.reader(f)), sys.stdout)
                """;
        JsonNode rows = NoteJson.mapper().readTree(run(List.of("python3", "-c", script, out.resolve("notes.csv").toString())));
        List<org.apache.commons.csv.CSVRecord> records = LineWriterTest.records(Files.readString(out.resolve("notes.csv")));
        assertThat(rows.size()).isEqualTo(201);
        for (int r = 0; r < 201; r++) {
            for (int c = 0; c < CsvRenderer.HEADER.size(); c++) {
                assertThat(rows.get(r).get(c).asText()).as("row %d, column %d", r, c).isEqualTo(records.get(r).get(c));
            }
        }
    }

    @Test
    void jqReadsEveryLine() throws Exception {
        Collection collection = Collection.random(22, 200);
        collection.write(CollectionFormat.JSONL, out, Collection.options());
        String lines = run(List.of("jq", "-c", "[.path, .title, .body, .backlinks]", out.resolve("notes.jsonl").toString()));
        List<String> each = lines.lines().toList();
        assertThat(each).hasSize(200);
        for (int i = 0; i < 200; i++) {
            Note note = collection.notes().get(i);
            JsonNode values = NoteJson.mapper().readTree(each.get(i));
            assertThat(values.get(0).asText()).isEqualTo(note.path());
            assertThat(values.get(1).asText()).isEqualTo(note.title());
            assertThat(values.get(2).asText()).isEqualTo(note.body().text());
            assertThat(values.get(3).size()).isEqualTo(collection.graph(note).backlinks().size());
        }
    }

    private static String run(List<String> command) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, command.getFirst() + " is not installed");
            throw e;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
        return output;
    }
}
