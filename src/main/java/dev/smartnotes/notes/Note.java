package dev.smartnotes.notes;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One note: its source path relative to the notes root (always with {@code /} separators),
 * the known front-matter fields, every other front-matter field kept as it was, and the body.
 *
 * <p>The body is kept as UTF-8 bytes ({@link Body}). Front-matter values keep their text: {@code fields} holds only {@code String}, {@code List},
 * {@code Map} and {@code null} values. Empty {@code id}, {@code created} and {@code updated} are
 * treated as absent ({@code null}), so that every format represents a note the same way.
 */
public record Note(
        String path,
        String id,
        String title,
        List<String> tags,
        String created,
        String updated,
        Map<String, Object> fields,
        Body body) {

    public Note {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        id = emptyToNull(id);
        created = emptyToNull(created);
        updated = emptyToNull(updated);
        tags = tags == null ? List.of() : tags.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        body = body == null ? Body.of("") : body;
    }

    /** A note whose body is given as text. */
    public Note(String path, String id, String title, List<String> tags, String created, String updated, Map<String, Object> fields,
            String body) {
        this(path, id, title, tags, created, updated, fields, Body.of(body));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
