package dev.smartnotes.export;

import dev.smartnotes.render.CsvOptions;
import dev.smartnotes.render.Format;
import java.nio.file.Path;
import java.util.Set;

/**
 * Everything one export needs, as parsed from the command line.
 *
 * @param notes a notes folder or JSON file; null for the built-in demo collection
 * @param threads the pool size of {@link Mode#THREADS}
 * @param maxOpen the most output files open at once
 * @param maxNoteBytes notes larger than this are refused
 * @param force export into a folder that holds files SmartNotes did not write
 * @param incremental write only notes whose content or export options changed since the last export into {@code out}
 * @param prune remove the outputs of notes that are gone
 * @param dryRun decide everything, write nothing
 */
public record ExportRequest(
        Path notes,
        Path out,
        Set<Format> formats,
        Mode mode,
        int threads,
        Latency latency,
        long seed,
        boolean fsync,
        int maxOpen,
        long maxNoteBytes,
        boolean force,
        CsvOptions csv,
        NoteFilter filter,
        boolean incremental,
        boolean prune,
        boolean dryRun) {

    /** A plain export of every note, without filters, incremental work or pruning. */
    public ExportRequest(Path notes, Path out, Set<Format> formats, Mode mode, int threads, Latency latency, long seed,
            boolean fsync, int maxOpen, long maxNoteBytes, boolean force, CsvOptions csv) {
        this(notes, out, formats, mode, threads, latency, seed, fsync, maxOpen, maxNoteBytes, force, csv,
                NoteFilter.ALL, false, false, false);
    }

    public ExportRequest {
        formats = java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(formats));
    }
}
