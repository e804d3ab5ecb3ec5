package dev.smartnotes.render;

import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.YamlText;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/** Markdown with normalised front matter (id, title, tags, created, updated, then other fields) and the body as it was. */
public final class MarkdownRenderer implements Renderer {
    @Override
    public byte[] render(Note note) {
        StringBuilder out = new StringBuilder(256); // the front matter: the body is copied as bytes
        out.append("---\n");
        if (note.id() != null) {
            YamlText.field(out, "id", note.id());
        }
        YamlText.field(out, "title", note.title());
        if (!note.tags().isEmpty()) {
            YamlText.field(out, "tags", note.tags());
        }
        if (note.created() != null) {
            YamlText.field(out, "created", note.created());
        }
        if (note.updated() != null) {
            YamlText.field(out, "updated", note.updated());
        }
        for (Map.Entry<String, Object> field : note.fields().entrySet()) {
            YamlText.field(out, field.getKey(), field.getValue());
        }
        out.append("---\n");
        byte[] head = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(head, head.length + note.body().size());
        note.body().copyTo(bytes, head.length);
        return bytes;
    }
}
