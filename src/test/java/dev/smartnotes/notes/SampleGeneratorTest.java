package dev.smartnotes.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
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

    /**
     * The digests of the demo and of plain notes as the generator made them before vaults came: the
     * export tests count on the demo, and the benchmarks compare builds on the same plain notes.
     */
    @Test
    void theDemoAndPlainNotesAreTheSameAsBefore() throws Exception {
        MessageDigest demo = MessageDigest.getInstance("SHA-256");
        for (NoteSource source : SampleGenerator.demo()) {
            NoteSource.Text text = (NoteSource.Text) source;
            demo.update(text.path().getBytes(StandardCharsets.UTF_8));
            demo.update(text.markdown().getBytes(StandardCharsets.UTF_8));
        }
        assertThat(HexFormat.of().formatHex(demo.digest())).isEqualTo("8deafce0e06c4681e4e4bf86973a8353f79d9018f1d815fb3ae142a867c934ed");
        MessageDigest plain = MessageDigest.getInstance("SHA-256");
        for (SampleGenerator.Sample sample : new SampleGenerator(1).generate(1000)) {
            plain.update(sample.path().getBytes(StandardCharsets.UTF_8));
            plain.update(sample.bytes());
        }
        assertThat(HexFormat.of().formatHex(plain.digest())).isEqualTo("981847e3ec216ad5239de6d6cea5b016a838a3d5210c09680e785e8ba04063ca");
    }
}
