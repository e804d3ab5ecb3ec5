package dev.smartnotes.notes;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One note: its source path relative to the notes root (always with {@code /} separators), the
 * known properties, every other property in the order of its keys, the front matter as it was
 * written, and the body.
 *
 * <p>Property values are typed as YAML 1.2's core schema types a plain scalar ({@link CoreSchema}):
 * {@code created}, {@code updated} and the values of {@code fields} are {@code String},
 * {@code Boolean}, {@code Long} (or {@code BigInteger} past a long), {@code BigDecimal}, null, or
 * unmodifiable {@code List}s and {@code Map}s of these; other values given to the constructor are
 * converted. The id and title are text. Empty {@code id}, {@code created} and {@code updated} are
 * absent (null), so that every format represents a note the same way.
 *
 * <p>{@code frontMatter} is the note's front matter exactly as its file holds it, from the opening
 * {@code ---} line through the closing line and its line break; empty when the file has none, and
 * null when the note has no file (it came from a JSON file of notes, or from code). It is how the
 * properties were written, not what they are, so it takes no part in {@link #equals}: a note read
 * back from any output format equals the note it was made from. The body is kept as UTF-8 bytes
 * ({@link Body}).
 */
public record Note(
        String path,
        String id,
        String title,
        List<String> tags,
        Object created,
        Object updated,
        Map<String, Object> fields,
        @JsonIgnore String frontMatter, // data binding (a test writing notes as JSON) writes the JSON shape, without it
        Body body) {

    public Note {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        id = id == null || id.isEmpty() ? null : id;
        created = emptyToNull(CoreSchema.typed(created));
        updated = emptyToNull(CoreSchema.typed(updated));
        tags = tags == null ? List.of() : tags.stream().map(String::strip).filter(tag -> !tag.isEmpty()).toList();
        @SuppressWarnings("unchecked") // typed() copies a map into a map with text keys
        Map<String, Object> typed = fields == null ? Map.of() : (Map<String, Object>) CoreSchema.typed(fields);
        fields = typed;
        body = body == null ? Body.of("") : body;
    }

    /** A note without a file of its own. */
    public Note(String path, String id, String title, List<String> tags, Object created, Object updated, Map<String, Object> fields,
            Body body) {
        this(path, id, title, tags, created, updated, fields, null, body);
    }

    /** A note without a file of its own, whose body is given as text. */
    public Note(String path, String id, String title, List<String> tags, Object created, Object updated, Map<String, Object> fields,
            String body) {
        this(path, id, title, tags, created, updated, fields, null, Body.of(body));
    }

    private static Object emptyToNull(Object value) {
        return "".equals(value) ? null : value;
    }

    /** Equal when the values are: the front matter's text is left out (see the class comment). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Note other && path.equals(other.path) && Objects.equals(id, other.id) && title.equals(other.title)
                && tags.equals(other.tags) && Objects.equals(created, other.created) && Objects.equals(updated, other.updated)
                && fields.equals(other.fields) && body.equals(other.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, id, title, tags, created, updated, fields, body);
    }

    /** This note with another body, such as its text with the links rewritten. */
    public Note withBody(String text) {
        return new Note(path, id, title, tags, created, updated, fields, frontMatter, Body.of(text));
    }
}
