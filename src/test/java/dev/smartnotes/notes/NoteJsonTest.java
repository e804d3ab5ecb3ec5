package dev.smartnotes.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NoteJsonTest {
    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    /** The CSV's fields cell is written value by value: it must be what data binding writes for the same map. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void compactFieldsAreWhatDataBindingWrites(long seed) throws Exception {
        Note note = new RandomNotes(seed).note("n.md");
        assertThat(NoteJson.compact(note.fields())).as("seed %d", seed)
                .isEqualTo(NoteJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(note.fields()));
    }

    /** A JSON file of notes may hold a lone surrogate, which UTF-8 bytes cannot: the JSON output and the heading keep it. */
    @org.junit.jupiter.api.Test
    void aLoneSurrogateInABodyReadFromJsonIsKept() throws Exception {
        Note note = NoteJson.fromJson(NoteJson.mapper().readTree("{\"path\": \"a.md\", \"body\": \"# lone \\udc00 end\\nx\\ud800y\"}"), "n");
        assertThat(note.title()).isEqualTo("lone \udc00 end");
        assertThat(note.body().exact()).isFalse();
        assertThat(new String(NoteJson.toJson(note), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"body\" : \"# lone \\uDC00 end\\nx\\uD800y\"");
        assertThat(note.body()).isNotEqualTo(Body.of("# lone ? end\nx?y")).isEqualTo(Body.of("# lone \udc00 end\nx\ud800y"));
    }
}
