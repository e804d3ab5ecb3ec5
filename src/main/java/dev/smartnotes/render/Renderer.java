package dev.smartnotes.render;

import dev.smartnotes.notes.Note;

/** Turns a note into the bytes of one output file. Implementations are stateless and thread-safe. */
public sealed interface Renderer permits MarkdownRenderer, JsonRenderer, CsvRenderer {
    byte[] render(Note note);
}
