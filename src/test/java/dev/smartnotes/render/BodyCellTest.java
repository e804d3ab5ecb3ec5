package dev.smartnotes.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.NoteJson;
import dev.smartnotes.notes.RandomNotes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The body is written from its UTF-8 bytes, not through commons-csv's or Jackson's text methods:
 * the bytes must be exactly what those give for the same text (the CSV row printed whole by
 * commons-csv, with the link graph's empty cells after the body).
 */
class BodyCellTest {
    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aBodyCellIsWhatCommonsCsvPrints(long seed) throws IOException {
        RandomNotes random = new RandomNotes(seed);
        String body = (seed % 3 == 0 ? "'" : "") + (seed % 5 == 0 ? "=" : "") + random.text(40) + (seed % 7 == 0 ? " " : "");
        for (CsvOptions options : List.of(new CsvOptions(false, false), new CsvOptions(true, true))) {
            assertThat(new String(new CsvRenderer(options).render(note(body)), StandardCharsets.UTF_8))
                    .as("seed %d, %s, body %s", seed, options, body)
                    .isEqualTo(commonsCsv(note(body), options));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "#", "$", "\"", "a\"b\"", "''=1", "'", "=", "end ", "end\t", "a,b", "é", "日本", "\r", "x\n"})
    void edgeCasesOfTheBodyCell(String body) throws IOException {
        for (CsvOptions options : List.of(new CsvOptions(false, false), new CsvOptions(true, false))) {
            assertThat(new String(new CsvRenderer(options).render(note(body)), StandardCharsets.UTF_8))
                    .as("%s, body [%s]", options, body)
                    .isEqualTo(commonsCsv(note(body), options));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aJsonBodyIsWhatJacksonWritesForTheText(long seed) throws IOException {
        String body = new RandomNotes(seed).text(60);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (JsonGenerator json = NoteJson.FACTORY.createGenerator(expected)) {
            json.writeStartObject();
            json.writeStringField("body", body);
            json.writeEndObject();
        }
        String written = new String(NoteJson.toJson(note(body)), StandardCharsets.UTF_8);
        String value = new String(expected.toByteArray(), StandardCharsets.UTF_8).replaceFirst("^\\{\"body\":", "").replaceFirst("}$", "");
        assertThat(written.substring(written.indexOf("\"body\" : ") + 9)).as("seed %d", seed).isEqualTo(value + "\n}");
    }

    private static Note note(String body) {
        return new Note("n.md", "i", "t", List.of(), null, null, Map.of(), body);
    }

    /** The whole row through commons-csv, as the renderer printed it before it wrote the body itself. */
    private static String commonsCsv(Note note, CsvOptions options) throws IOException {
        StringBuilder out = new StringBuilder(options.bom() ? "\uFEFF" : "");
        try (CSVPrinter printer = new CSVPrinter(out, CsvRenderer.FORMAT)) {
            printer.printRecord(CsvRenderer.HEADER);
            for (String cell : java.util.Arrays.asList(note.path(), note.id(), note.title(), "", null, null, "", note.body().text(),
                    "", "", "", "")) {
                printer.print(options.raw() ? cell : CsvRenderer.guard(cell));
            }
            printer.println();
        }
        return out.toString();
    }
}
