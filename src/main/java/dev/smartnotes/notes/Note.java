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
        tags = stripped(tags);
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        body = body == null ? Body.of("") : body;
    }

    /** A note whose body is given as text. */
    public Note(String path, String id, String title, List<String> tags, String created, String updated, Map<String, Object> fields,
            String body) {
        this(path, id, title, tags, created, updated, fields, Body.of(body));
    }

    /** The tags stripped, the empty ones left out (a loop: a stream costs a cold run more than it saves). */
    private static List<String> stripped(List<String> tags) {
        if (tags == null || tags.isEmpty()) {
            return List.of();
        }
        List<String> kept = new java.util.ArrayList<>(tags.size());
        for (String tag : tags) {
            String t = tag.strip();
            if (!t.isEmpty()) {
                kept.add(t);
            }
        }
        return java.util.Collections.unmodifiableList(kept);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
