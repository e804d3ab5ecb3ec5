package dev.smartnotes.render;

import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.NoteException;
import dev.smartnotes.notes.NoteParser;
import dev.smartnotes.notes.YamlText;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Markdown: the front matter in the chosen {@link FrontMatterStyle}, then the body as the note holds
 * it (the export gives it the body with its links rewritten). The graph is not shown: links are in
 * the text.
 */
public final class MarkdownRenderer implements Renderer {
    private final FrontMatterStyle style;

    public MarkdownRenderer(FrontMatterStyle style) {
        this.style = style;
    }

    @Override
    public byte[] render(Note note, NoteGraph graph) {
        String frontMatter = switch (style) {
            case KEEP -> note.frontMatter() != null ? note.frontMatter() : written(note, YamlText::blockField);
            case NORMALIZE -> written(asWritten(note), YamlText::field);
        };
        byte[] head = frontMatter.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(head, head.length + note.body().size());
        note.body().copyTo(bytes, head.length);
        return bytes;
    }

    /** The note's properties as written, which the normalised form shows as text. */
    private static Note asWritten(Note note) {
        try {
            return NoteParser.asWritten(note);
        } catch (NoteException e) {
            throw new IllegalStateException("front matter that parsed once does not parse as text: " + e.getMessage(), e);
        }
    }

    /** {@link YamlText#field} or {@link YamlText#blockField}. */
    private interface FieldWriter {
        void write(StringBuilder out, String key, Object value);
    }

    /** Front matter written from the note's values: id, title, tags, created, updated, then the other fields. */
    private static String written(Note note, FieldWriter field) {
        StringBuilder out = new StringBuilder(256).append("---\n");
        if (note.id() != null) {
            field.write(out, "id", note.id());
        }
        field.write(out, "title", note.title());
        if (!note.tags().isEmpty()) {
            field.write(out, "tags", note.tags());
        }
        if (note.created() != null) {
            field.write(out, "created", note.created());
        }
        if (note.updated() != null) {
            field.write(out, "updated", note.updated());
        }
        note.fields().forEach((key, value) -> field.write(out, key, value));
        return out.append("---\n").toString();
    }
}
