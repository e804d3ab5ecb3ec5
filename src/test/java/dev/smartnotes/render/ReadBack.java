package dev.smartnotes.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smartnotes.notes.CoreSchema;
import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.NoteJson;
import dev.smartnotes.notes.NoteJsonReader;
import dev.smartnotes.notes.NoteParser;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Parses each output format back into a note, as another program would read it. */
public final class ReadBack {
    private ReadBack() {}

    public static Note markdown(String path, byte[] bytes) throws Exception {
        return NoteParser.parse(path, bytes);
    }

    public static Note json(byte[] bytes) throws Exception {
        return NoteJsonReader.fromJson(NoteJson.mapper().readTree(bytes), "unused");
    }

    /** The note as its CSV row shows it: {@code created} and {@code updated} hold their text, whatever their type. */
    public static Note asCsvShowsIt(Note note) {
        return new Note(note.path(), note.id(), note.title(), note.tags(), text(note.created()), text(note.updated()), note.fields(),
                note.body());
    }

    private static String text(Object value) {
        return value == null ? null : CoreSchema.text(value);
    }

    /** The note as the normalised Markdown front matter shows it: every scalar is text. */
    public static Note asNormalizeShowsIt(Note note) {
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) textOnly(note.fields());
        return new Note(note.path(), note.id(), note.title(), note.tags(), textOnly(note.created()), textOnly(note.updated()), fields,
                note.body());
    }

    private static Object textOnly(Object value) {
        return switch (value) {
            case null -> null;
            case List<?> list -> list.stream().map(ReadBack::textOnly).collect(java.util.stream.Collectors.toList());
            case Map<?, ?> map -> {
                Map<String, Object> copy = new java.util.LinkedHashMap<>();
                map.forEach((k, v) -> copy.put(String.valueOf(k), textOnly(v)));
                yield copy;
            }
            default -> CoreSchema.text(value);
        };
    }

    /** Reads the CSV back as a spreadsheet user would, undoing the formula guard unless it was off. */
    public static Note csv(byte[] bytes, CsvOptions options) throws Exception {
        String csv = new String(bytes, StandardCharsets.UTF_8);
        if (options.bom()) {
            assertThat(csv).startsWith("\uFEFF");
            csv = csv.substring(1);
        }
        List<CSVRecord> records;
        try (CSVParser parser = CsvRenderer.FORMAT.parse(new StringReader(csv))) {
            records = parser.getRecords();
        }
        assertThat(records).hasSize(2);
        assertThat(records.get(0).toList()).isEqualTo(CsvRenderer.HEADER);
        List<String> row = records.get(1).toList().stream().map(c -> options.raw() ? c : CsvRenderer.unguard(c)).toList();
        Map<String, Object> fields = row.get(6).isEmpty() ? Map.of()
                : NoteJsonReader.fromJson(NoteJson.mapper().readTree("{\"fields\": " + row.get(6) + "}"), "x").fields();
        return new Note(row.get(0), row.get(1), row.get(2), CsvRenderer.splitTags(row.get(3)), row.get(4), row.get(5), fields, row.get(7));
    }
}
