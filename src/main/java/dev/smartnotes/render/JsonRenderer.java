package dev.smartnotes.render;

import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.NoteJson;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

/** One JSON object per note, in the tool's own shape ({@link NoteJson}) with its links after the body, UTF-8, ending in a newline. */
public final class JsonRenderer implements Renderer {
    @Override
    public byte[] render(Note note, NoteGraph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(note.body().size() + 512);
        NoteJson.write(note, out, List.of(
                Map.entry("links", graph.links()),
                Map.entry("backlinks", graph.backlinks()),
                Map.entry("attachments", graph.attachments()),
                Map.entry("unresolvedLinks", graph.unresolved())));
        out.write('\n');
        return out.toByteArray();
    }
}
