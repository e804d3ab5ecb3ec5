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
 * The JSON body is written from its UTF-8 bytes, not through Jackson's text methods: the bytes must
 * be exactly what those give for the same text.
 */
class BodyCellTest {
    static LongStream seeds() {
        return LongStream.range(0, 300);
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
}
