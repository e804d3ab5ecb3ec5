package dev.smartnotes.collect;

import dev.smartnotes.notes.CoreSchema;
import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.NoteJson;
import java.util.List;
import java.util.Optional;

/**
 * A note's values for {@code notes.sqlite}, made on the producer's thread: the body as its UTF-8
 * bytes (bound as a blob and cast to text in SQL, so that it is neither decoded nor encoded again and
 * a NUL byte stays), {@code created} and {@code updated} as an integer or a text, the other fields
 * as one JSON object.
 */
record SqliteNote(String path, String id, String title, Object created, Object updated, String fields, byte[] body, List<String> tags,
        List<LinkRow> links) implements Item.Encoded {

    /** SQLite's default limit on one value (SQLITE_MAX_LENGTH); a row is kept well inside it. */
    static final long MAX_BYTES = 1_000_000_000L;

    /** The note's values, or why the database cannot hold them exactly. */
    static Item.Encoded encode(Row row) {
        Note note = row.note();
        Optional<String> unencodable = Text.unencodable(note, row.graph());
        if (unencodable.isPresent()) {
            return new Item.Refused(unencodable.get());
        }
        byte[] body = new byte[note.body().size()];
        note.body().copyTo(body, 0);
        SqliteNote encoded = new SqliteNote(note.path(), note.id(), note.title(), scalar(note.created()), scalar(note.updated()),
                NoteJson.compact(note.fields()), body, note.tags(), row.links());
        if (encoded.size() > MAX_BYTES) {
            return new Item.Refused("its " + encoded.size() + " bytes are more than SQLite stores in one row (" + MAX_BYTES + ")");
        }
        return encoded;
    }

    /** An integer (a time in milliseconds, say) stays one; any other value is its text. */
    private static Object scalar(Object value) {
        return value == null || value instanceof Long ? value : CoreSchema.text(value);
    }

    /** About the bytes this row holds in memory. */
    long size() {
        long size = body.length + 64L + path.length() + title.length() + fields.length() + (id == null ? 0 : id.length());
        for (String tag : tags) {
            size += tag.length() + 16;
        }
        for (LinkRow link : links) {
            size += link.target().length() + 24;
        }
        return size;
    }
}
