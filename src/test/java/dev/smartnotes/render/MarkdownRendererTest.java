package dev.smartnotes.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.NoteParser;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    private static final String SOURCE = """
            ---
            title: Plan   # a comment
            publish: true
            rating: 4
            created: 1642531423151
            status: NO
            aliases:
              - plan
            zebra:
              z: 1
              a: ~
            ---
            # Plan
            """;

    private static String render(Note note, FrontMatterStyle style) {
        return new String(new MarkdownRenderer(style).render(note), StandardCharsets.UTF_8);
    }

    @Test
    void keepWritesTheNotesOwnFrontMatterByteForByte() throws Exception {
        assertThat(render(NoteParser.parse("plan.md", SOURCE), FrontMatterStyle.KEEP)).isEqualTo(SOURCE);
        assertThat(render(NoteParser.parse("bare.md", "No front matter.\n"), FrontMatterStyle.KEEP)).isEqualTo("No front matter.\n");
        String crlf = "\uFEFF---\r\ntitle: 'x'\r\n...\r\nBody\r\n";
        assertThat(render(NoteParser.parse("crlf.md", crlf), FrontMatterStyle.KEEP)).isEqualTo(crlf.substring(1));
    }

    @Test
    void normalizeIsTheFormerLayoutWithEveryScalarAsText() throws Exception {
        assertThat(render(NoteParser.parse("plan.md", SOURCE), FrontMatterStyle.NORMALIZE)).isEqualTo("""
                ---
                title: "Plan"
                created: "1642531423151"
                publish: "true"
                rating: "4"
                status: "NO"
                aliases: ["plan"]
                zebra: {"z": "1", "a": null}
                ---
                # Plan
                """);
    }

    @Test
    void keepWritesANoteWithoutAFileInBlockStyle() throws Exception {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("publish", true);
        fields.put("score", new BigDecimal("3.5"));
        fields.put("nothing", null);
        fields.put("日付", "2024-01-01");
        fields.put("empty", List.of());
        fields.put("nested", Map.of("list", Arrays.asList("a", 2L, null)));
        fields.put("rows", List.of(Map.of("k", "v"), List.of("x", "y"), Map.of()));
        Note note = new Note("n.md", "01234", "NO", List.of("a", "b"), 1642531423151L, "2024-03-05", fields, "Body\n");
        String md = render(note, FrontMatterStyle.KEEP);
        assertThat(md).isEqualTo("""
                ---
                id: "01234"
                title: "NO"
                tags:
                  - "a"
                  - "b"
                created: 1642531423151
                updated: "2024-03-05"
                publish: true
                score: 3.5
                nothing: null
                "日付": "2024-01-01"
                empty: []
                nested:
                  list:
                    - "a"
                    - 2
                    - null
                rows:
                  - k: "v"
                  - - "x"
                    - "y"
                  - {}
                ---
                Body
                """);
        assertThat(NoteParser.parse("n.md", md.getBytes(StandardCharsets.UTF_8))).isEqualTo(note);
    }

    @Test
    void csvCellsHoldTheTextAndTheFieldsCellTheTypes() throws Exception {
        String csv = new String(new CsvRenderer(CsvOptions.DEFAULT).render(NoteParser.parse("plan.md", SOURCE)), StandardCharsets.UTF_8);
        assertThat(csv).contains(",1642531423151,,\"{\"\"publish\"\":true,\"\"rating\"\":4,\"\"status\"\":\"\"NO\"\",");
    }
}
