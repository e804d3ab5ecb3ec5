package dev.smartnotes.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.NoteJson;
import dev.smartnotes.render.JsonRenderer;
import dev.smartnotes.render.NoteGraph;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code notes.sqlite}: what the per-note JSON shows, in tables; full-text search; exact text. */
@Timeout(120)
class SqliteWriterTest {
    @TempDir
    Path out;

    private Path db() {
        return out.resolve("notes.sqlite");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42})
    void theTablesHoldWhatThePerNoteJsonShows(long seed) throws Exception {
        Collection collection = Collection.random(seed, 200);
        Result result = collection.write(CollectionFormat.SQLITE, out, Collection.options().withQueue(16, 1 << 20).withBatchRows(9));
        assertThat(result.written()).isTrue();
        assertThat(result.rows()).isEqualTo(200);
        assertThat(result.bytes()).isEqualTo(Files.size(db()));
        assertThat(Db.value(db(), "SELECT count(*) FROM notes")).isEqualTo(200);
        JsonRenderer renderer = new JsonRenderer();
        for (Note note : collection.notes()) {
            JsonNode json = NoteJson.mapper().readTree(renderer.render(note, collection.graph(note)));
            String path = note.path();
            List<Object> row = Db.rows(db(), "SELECT id, title, created, updated, fields, body FROM notes WHERE path = ?", path).getFirst();
            assertThat(row.get(0)).as("seed %d, %s", seed, path).isEqualTo(json.get("id").isNull() ? null : json.get("id").asText());
            assertThat(row.get(1)).isEqualTo(json.get("title").asText());
            assertThat(row.get(2)).isEqualTo(json.get("created").isNull() ? null : json.get("created").asText());
            assertThat(NoteJson.mapper().readTree((String) row.get(4))).isEqualTo(json.get("fields"));
            assertThat(row.get(5)).isEqualTo(json.get("body").asText());
            assertThat(Db.column(db(), "SELECT tag FROM tags WHERE note = ? ORDER BY position", path)).isEqualTo(texts(json.get("tags")));
            assertThat(Db.column(db(), "SELECT target FROM links WHERE note = ? AND resolved ORDER BY target", path))
                    .isEqualTo(texts(json.get("links")));
            assertThat(Db.column(db(), "SELECT target FROM links WHERE note = ? AND kind = 'embed' ORDER BY target", path))
                    .isEqualTo(texts(json.get("attachments")));
            assertThat(Db.column(db(), "SELECT target FROM links WHERE note = ? AND NOT resolved ORDER BY target", path))
                    .isEqualTo(texts(json.get("unresolvedLinks")));
            assertThat(Db.column(db(), "SELECT source FROM backlinks WHERE target = ? ORDER BY source", path))
                    .isEqualTo(texts(json.get("backlinks")));
        }
    }

    @Test
    void fullTextSearchFindsTitlesAndBodies() throws Exception {
        Collection collection = Collection.markdown(1, Map.of(
                "a.md", "---\ntitle: Sync plan\ntags: [work, sync]\ncreated: 1642531423151\n---\nHow we plan.\n",
                "b/c.md", "---\ncreated: 2024-01-01\n---\n# Notes\nThe phone does not sync overnight; see [[a]].\n",
                "d.md", "Nothing to see. Synchronisation is another word.\n"));
        collection.write(CollectionFormat.SQLITE, out, Collection.options());
        assertThat(Db.column(db(), "SELECT path FROM notes_fts WHERE notes_fts MATCH 'sync' ORDER BY path")).containsExactly("a.md", "b/c.md");
        assertThat(Db.cli(db(), "select path from notes_fts where notes_fts match 'sync'")).containsExactlyInAnyOrder("a.md", "b/c.md");
        assertThat(Db.cli(db(), "select path from notes_fts where notes_fts match 'title:sync'")).containsExactly("a.md");
        assertThat(Db.cli(db(), "select typeof(created) from notes order by path")).containsExactly("integer", "text", "null");
        assertThat(Db.cli(db(), "select note from tags where tag = 'sync'")).containsExactly("a.md");
        assertThat(Db.cli(db(), "pragma integrity_check")).containsExactly("ok");
        assertThat(Db.cli(db(), "pragma application_id")).containsExactly(String.valueOf(SqliteSchema.APPLICATION_ID));
    }

    @Test
    void nulBytesAndAMegabyteBodyAreStoredExactlyAndALoneSurrogateIsRefused() throws Exception {
        String huge = "# Big\n" + "línea de texto, \"quoted\" sync\r\n".repeat(34_000);
        Note nul = new Note("nul.md", null, "a\0b", List.of("x\0y"), null, null, Map.of("k", "v\0w"), "before\0after sync\n");
        Note odd = new Note("odd.md", null, "odd", List.of(), null, null, Map.of(), "half \uD83D an emoji");
        Collection collection = Collection.of(3, List.of(nul, odd, dev.smartnotes.notes.NoteParser.parse("big.md", huge)));
        List<String> problems;
        try (CollectionWriter writer = CollectionWriter.open(CollectionFormat.SQLITE, out, Collection.options(), Previous.REPLACE)) {
            problems = collection.putAll(writer, 1);
            assertThat(writer.finish().rows()).isEqualTo(2);
        }
        assertThat(problems).containsExactly(
                "odd.md: not in notes.sqlite: its body holds a lone surrogate (\\uD83D at character 5), which UTF-8 cannot store");
        assertThat(Db.rows(db(), "SELECT title, body, fields FROM notes WHERE path = 'nul.md'").getFirst())
                .containsExactly("a\0b", "before\0after sync\n", "{\"k\":\"v\\u0000w\"}");
        assertThat(Db.value(db(), "SELECT tag FROM tags WHERE note = 'nul.md'")).isEqualTo("x\0y");
        assertThat(Db.value(db(), "SELECT body FROM notes WHERE path = 'big.md'")).isEqualTo(collection.notes().getFirst().body().text());
        assertThat(Db.value(db(), "SELECT length(CAST(body AS BLOB)) FROM notes WHERE path = 'big.md'"))
                .isEqualTo(huge.getBytes(StandardCharsets.UTF_8).length); // the heading stays in the body
        assertThat(Db.column(db(), "SELECT path FROM notes_fts WHERE notes_fts MATCH 'sync' ORDER BY path")).containsExactly("big.md", "nul.md");
    }

    @Test
    void attachmentsAreListedWithSizeAndHashWhileANoteLeadsToThem() throws Exception {
        Path image = Files.write(out.resolve("image.png"), "not really a png".getBytes(StandardCharsets.UTF_8));
        Note note = new Note("a.md", null, "A", List.of(), null, null, Map.of(), "![[image.png]]");
        Note other = new Note("b.md", null, "B", List.of(), null, null, Map.of(), "plain");
        NoteGraph embeds = new NoteGraph(List.of("image.png"), List.of(), List.of("image.png"), List.of(), List.of());
        Path folder = Files.createDirectories(out.resolve("export"));
        Path file = folder.resolve("notes.sqlite");
        try (CollectionWriter writer = CollectionWriter.open(CollectionFormat.SQLITE, folder, Collection.options(), Previous.REPLACE)) {
            writer.put(new Row(0, note, embeds));
            writer.put(new Row(1, other, NoteGraph.NONE));
            writer.put(AttachmentRow.of("image.png", image));
            writer.finish();
        }
        assertThat(Db.rows(file, "SELECT path, size, sha256 FROM attachments")).containsExactly(List.of("image.png", 16,
                java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(image)))));
        assertThat(Db.rows(file, "SELECT target, kind, resolved FROM links")).containsExactly(List.of("image.png", "embed", 1));
        try (CollectionWriter writer = CollectionWriter.open(CollectionFormat.SQLITE, folder, Collection.options(), Previous.MERGE)) {
            assertThat(writer.merging()).isTrue();
            writer.put(new Row(0, note.withBody("no more image"), NoteGraph.NONE));
            writer.skip(1);
            writer.finish();
        }
        assertThat(Db.rows(file, "SELECT * FROM attachments")).isEmpty();
        assertThat(Db.value(file, "SELECT count(*) FROM notes")).isEqualTo(2);
    }

    private static List<Object> texts(JsonNode array) {
        List<Object> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
