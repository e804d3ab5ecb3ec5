package dev.smartnotes.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.NoteJson;
import dev.smartnotes.notes.NoteParser;
import dev.smartnotes.notes.RandomFrontMatter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random front matter as people write it keeps its typed values, and their order, through the parser
 * and through every output: kept, normalised, written from the values, JSON and CSV.
 */
class FrontMatterRoundTripTest {

    static LongStream seeds() {
        return LongStream.range(0, 1_000);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void typedValuesSurviveEveryOutput(long seed) throws Exception {
        RandomFrontMatter random = RandomFrontMatter.next(seed);
        String source = "---\n" + random.yaml() + "---\nBody of " + seed + "\n";
        Note note = NoteParser.parse("n.md", source.getBytes(StandardCharsets.UTF_8));
        String why = "seed " + seed + ":\n" + source;

        Map<String, Object> expected = new LinkedHashMap<>(random.values());
        Object created = expected.remove("created");
        Object updated = expected.remove("updated");
        assertThat(note.created()).as(why).isEqualTo("".equals(created) ? null : created);
        assertThat(note.updated()).as(why).isEqualTo("".equals(updated) ? null : updated);
        assertSameValues(note.fields(), expected, why);
        assertThat(note.frontMatter()).as(why).isEqualTo("---\n" + random.yaml() + "---\n");

        byte[] kept = new MarkdownRenderer(FrontMatterStyle.KEEP).render(note);
        assertThat(new String(kept, StandardCharsets.UTF_8)).as(why).isEqualTo(source);
        assertSame(NoteParser.parse("n.md", kept), note, why + "\nkept");

        Note fromJsonFile = new Note(note.path(), note.id(), note.title(), note.tags(), note.created(), note.updated(), note.fields(), note.body());
        byte[] written = new MarkdownRenderer(FrontMatterStyle.KEEP).render(fromJsonFile);
        assertSame(NoteParser.parse("n.md", written), note, why + "\nwritten in block style:\n" + new String(written, StandardCharsets.UTF_8));

        byte[] normalized = new MarkdownRenderer(FrontMatterStyle.NORMALIZE).render(note);
        assertSame(NoteParser.parse("n.md", normalized), NoteParser.asWritten(note),
                why + "\nnormalised (every scalar as text, as earlier versions wrote it):\n" + new String(normalized, StandardCharsets.UTF_8));

        byte[] json = NoteJson.toJson(note);
        assertSame(ReadBack.json(json), note, why + "\nJSON:\n" + new String(json, StandardCharsets.UTF_8));

        Note csv = ReadBack.csv(new CsvRenderer(CsvOptions.DEFAULT).render(note), CsvOptions.DEFAULT);
        assertSameValues(csv.fields(), note.fields(), why + "\nCSV");
    }

    private static void assertSame(Note actual, Note expected, String why) {
        assertThat(actual).as(why).isEqualTo(expected);
        assertSameValues(actual.fields(), expected.fields(), why);
    }

    /** Equal values of equal types (4 is not "4"), and keys in the same order at every level. */
    private static void assertSameValues(Map<String, Object> actual, Map<String, Object> expected, String why) {
        assertThat(actual).as(why).isEqualTo(expected);
        assertThat(NoteJson.compact(actual)).as(why).isEqualTo(NoteJson.compact(expected));
    }
}
