package dev.smartnotes.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.RandomNotes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every format parses back to the note it was made from. */
class RoundTripTest {

    static Stream<Long> seeds() {
        return LongStream.range(0, 300).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomNotesSurviveEveryFormat(long seed) throws Exception {
        Note note = new RandomNotes(seed).note("folder/note " + seed + ".md");
        assertThat(markdownBack(note)).as("Markdown, seed %d", seed).isEqualTo(ReadBack.asNormalizeShowsIt(note));
        assertThat(markdownBack(note, FrontMatterStyle.KEEP)).as("Markdown written from the values, seed %d", seed).isEqualTo(note);
        assertThat(jsonBack(note)).as("JSON, seed %d", seed).isEqualTo(note);
        assertThat(csvBack(note, CsvOptions.DEFAULT)).as("CSV, seed %d", seed).isEqualTo(note);
        assertThat(csvBack(note, new CsvOptions(false, true))).as("CSV with BOM, seed %d", seed).isEqualTo(note);
        assertThat(csvBack(note, new CsvOptions(true, false))).as("raw CSV, seed %d", seed).isEqualTo(note);
    }

    @Test
    void trickyValuesSurvive() throws Exception {
        Note note = new Note("a/b.md", "01234", "NO, \"quoted\" 'single' — ünïcödé 日本語 😀", List.of("a;b", "c\\d", "=SUM(A1)", "x"),
                "2024-01-01", "12:30", Map.of("off", "off", "multi", "line one\nline two\r\nthree\rfour",
                        "path", "/etc/passwd", "body", "not the body", "fields", Map.of("x", "y")),
                "=HYPERLINK(\"http://x\")\r\nbody with , and \" and\n---\nafter a rule\n");
        assertThat(markdownBack(note)).isEqualTo(ReadBack.asNormalizeShowsIt(note));
        assertThat(jsonBack(note)).isEqualTo(note);
        assertThat(csvBack(note, CsvOptions.DEFAULT)).isEqualTo(note);
    }

    @Test
    void csvGuardsFormulasAndQuotesPerRfc4180() {
        Note note = new Note("f.md", "=1+1", "@SUM(A1)", List.of("-x"), "+1", "\tx", Map.of(), "bare\rcarriage");
        String csv = new String(new CsvRenderer(CsvOptions.DEFAULT).render(note), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("path,id,title,tags,created,updated,fields,body,links,backlinks,attachments,unresolvedLinks\r\n");
        assertThat(csv).contains("'=1+1", "'@SUM(A1)", "'-x", "'+1", ",'\tx,", "\"bare\rcarriage\"").endsWith("\r\n");
        String raw = new String(new CsvRenderer(new CsvOptions(true, false)).render(note), StandardCharsets.UTF_8);
        assertThat(raw).contains(",=1+1,").doesNotContain("'");
        byte[] bom = new CsvRenderer(new CsvOptions(false, true)).render(note);
        assertThat(bom).startsWith(0xEF, 0xBB, 0xBF);
    }

    @Test
    void markdownFrontMatterQuotesEveryText() {
        Note note = new Note("f.md", "01234", "NO", List.of("off"), "2024-01-01", null, Map.of("yes", "1.10"), "Body\n");
        String md = new String(new MarkdownRenderer(FrontMatterStyle.NORMALIZE).render(note), StandardCharsets.UTF_8);
        assertThat(md).isEqualTo("""
                ---
                id: "01234"
                title: "NO"
                tags: ["off"]
                created: "2024-01-01"
                "yes": "1.10"
                ---
                Body
                """);
    }

    static Note markdownBack(Note note) throws Exception {
        return markdownBack(note, FrontMatterStyle.NORMALIZE);
    }

    static Note markdownBack(Note note, FrontMatterStyle style) throws Exception {
        return ReadBack.markdown(note.path(), new MarkdownRenderer(style).render(note));
    }


    static Note jsonBack(Note note) throws Exception {
        return ReadBack.json(new JsonRenderer().render(note));
    }

    static Note csvBack(Note note, CsvOptions options) throws Exception {
        return ReadBack.csv(new CsvRenderer(options).render(note), options);
    }
}
