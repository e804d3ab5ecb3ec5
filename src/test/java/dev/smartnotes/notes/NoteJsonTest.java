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
                .isEqualTo(NoteJson.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(note.fields()));
    }
}
