package dev.smartnotes.collect;

import dev.smartnotes.notes.Note;
import dev.smartnotes.render.NoteGraph;
import java.util.List;
import java.util.Objects;

/**
 * One note's row, as the export hands it over.
 *
 * @param index the note's position in the export's list of notes, which is in source-path order
 *              (0-based); every position is either put or {@linkplain CollectionWriter#skip skipped}
 * @param note  the note as written this run
 * @param graph its place in the link graph, as the per-note JSON and CSV show it
 * @param links its links, for the {@code links} table
 */
public record Row(long index, Note note, NoteGraph graph, List<LinkRow> links) {
    public Row {
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(graph, "graph");
        links = List.copyOf(links);
    }

    /** A row whose links are read off its graph ({@link LinkRow#of}). */
    public Row(long index, Note note, NoteGraph graph) {
        this(index, note, graph, LinkRow.of(graph));
    }
}
