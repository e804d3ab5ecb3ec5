package dev.smartnotes.render;

import dev.smartnotes.notes.Note;

/** Turns a note, and its place in the link graph, into the bytes of one output file. Implementations are stateless and thread-safe. */
public sealed interface Renderer permits MarkdownRenderer, JsonRenderer, CsvRenderer {
    byte[] render(Note note, NoteGraph graph);

    /** A note outside any link graph. */
    default byte[] render(Note note) {
        return render(note, NoteGraph.NONE);
    }
}
