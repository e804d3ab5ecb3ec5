package dev.smartnotes.render;

import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.NoteJson;
import java.util.Arrays;

/** One JSON object per note, in the tool's own shape ({@link NoteJson}), UTF-8, ending in a newline. */
public final class JsonRenderer implements Renderer {
    @Override
    public byte[] render(Note note) {
        byte[] json = NoteJson.toJson(note);
        byte[] out = Arrays.copyOf(json, json.length + 1);
        out[json.length] = '\n';
        return out;
    }
}
