package dev.smartnotes.export;

import dev.smartnotes.render.Format;
import java.nio.file.Path;
import java.util.Set;

/**
 * Everything one export needs, as parsed from the command line.
 *
 * @param notes a notes folder or JSON file; null for the built-in demo collection
 * @param rendering the formats and how their files look
 * @param threads the pool size of {@link Mode#THREADS}
 * @param maxOpen the most output files open at once
 * @param maxNoteBytes notes larger than this are refused
 * @param force export into a folder that holds files SmartNotes did not write
 * @param incremental write only notes whose content, links or export options changed since the last export into {@code out}
 * @param prune remove the outputs of notes and attachments that are gone
 * @param dryRun decide everything, write nothing
 */
public record ExportRequest(
        Path notes,
        Path out,
        Rendering rendering,
        Mode mode,
        int threads,
        Latency latency,
        long seed,
        boolean fsync,
        int maxOpen,
        long maxNoteBytes,
        boolean force,
        NoteFilter filter,
        boolean incremental,
        boolean prune,
        boolean dryRun) {

    /** A plain export of every note, without filters, incremental work or pruning, rendered as {@code rendering} says. */
    public ExportRequest(Path notes, Path out, Rendering rendering, Mode mode, int threads, Latency latency, long seed,
            boolean fsync, int maxOpen, long maxNoteBytes, boolean force) {
        this(notes, out, rendering, mode, threads, latency, seed, fsync, maxOpen, maxNoteBytes, force, NoteFilter.ALL, false, false, false);
    }

    public Set<Format> formats() {
        return rendering.formats();
    }
}
