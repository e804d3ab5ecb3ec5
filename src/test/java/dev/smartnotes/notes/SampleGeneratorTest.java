package dev.smartnotes.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SampleGeneratorTest {

    @Test
    void theSameSeedMakesTheSameNotes() {
        assertThat(new SampleGenerator(7).generate(50)).isEqualTo(new SampleGenerator(7).generate(50));
        assertThat(new SampleGenerator(7).generate(50)).isNotEqualTo(new SampleGenerator(8).generate(50));
    }

    @Test
    void notesAreRealisticAndAllParse() throws Exception {
        List<SampleGenerator.Sample> samples = new SampleGenerator(1).generate(300);
        assertThat(samples).hasSize(300);
        assertThat(samples).extracting(SampleGenerator.Sample::path).doesNotHaveDuplicates();
        assertThat(samples.stream().map(s -> s.path().substring(0, s.path().lastIndexOf('/'))).distinct().count()).isGreaterThan(5);
        String all = String.join("\n", samples.stream().map(SampleGenerator.Sample::markdown).toList());
        assertThat(all).contains("```", "- ", "# ", "\\\"", "é", "日本語");
        for (SampleGenerator.Sample sample : samples) {
            Note note = NoteParser.parse(sample.path(), sample.markdown());
            assertThat(note.title()).isNotBlank();
        }
        assertThat(samples.stream().filter(s -> s.path().contains(",")).count()).isPositive();
    }

    @Test
    void theDemoHasOneHundredNotes() {
        assertThat(SampleGenerator.demo()).hasSize(SampleGenerator.DEMO_COUNT);
    }
}
