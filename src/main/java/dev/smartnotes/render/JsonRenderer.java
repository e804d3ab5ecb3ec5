package dev.smartnotes.render;

import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.NoteJson;
import java.io.ByteArrayOutputStream;

/** One JSON object per note, in the tool's own shape ({@link NoteJson}), UTF-8, ending in a newline. */
public final class JsonRenderer implements Renderer {
    @Override
    public byte[] render(Note note) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(note.body().size() + 512);
        NoteJson.write(note, out);
        out.write('\n');
        return out.toByteArray();
    }
}
