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
        Note note = NoteJsonReader.fromJson(NoteJson.mapper().readTree("{\"path\": \"a.md\", \"body\": \"# lone \\udc00 end\\nx\\ud800y\"}"), "n");
        assertThat(note.title()).isEqualTo("lone \udc00 end");
        assertThat(note.body().exact()).isFalse();
        assertThat(new String(NoteJson.toJson(note), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"body\" : \"# lone \\uDC00 end\\nx\\uD800y\"");
        assertThat(note.body()).isNotEqualTo(Body.of("# lone ? end\nx?y")).isEqualTo(Body.of("# lone \udc00 end\nx\ud800y"));
    }

    @org.junit.jupiter.api.Test
    void propertiesKeepTheirTypesInJsonBothWays() throws Exception {
        Note note = NoteParser.parse("d.md", "---\ncreated: 1642531423151\nupdated: 2024-01-01\npublish: true\nrating: 4\nscore: 3.5\n"
                + "big: 123456789012345678901234567890\nmaybe: ~\nz: {b: [1, '1']}\n---\n");
        String json = new String(NoteJson.toJson(note), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains("\"created\" : 1642531423151", "\"updated\" : \"2024-01-01\"", "\"publish\" : true", "\"rating\" : 4",
                "\"score\" : 3.5", "\"big\" : 123456789012345678901234567890", "\"maybe\" : null", "\"b\" : [ 1, \"1\" ]");
        assertThat(NoteJsonReader.fromJson(NoteJson.mapper().readTree(json), "x")).isEqualTo(note);
    }

    /** A JSON file written by another program: its numbers are read as JSON readers read them, in canonical form. */
    @org.junit.jupiter.api.Test
    void jsonNumbersBecomeCanonicalValues() throws Exception {
        Note note = NoteJsonReader.fromJson(NoteJson.mapper().readTree(
                "{\"title\": 12, \"created\": 1.0, \"fields\": {\"a\": 1.10, \"b\": 1e3, \"c\": 1e-7, \"d\": 0.1000000000000000055511}}"), "x");
        assertThat(note.title()).isEqualTo("12");
        assertThat(note.created()).isEqualTo(1L);
        assertThat(note.fields()).containsEntry("a", new java.math.BigDecimal("1.1")).containsEntry("b", 1000L)
                .containsEntry("c", "0.0000001").containsEntry("d", new java.math.BigDecimal("0.1"));
    }
}
