package dev.smartnotes.export;

import dev.smartnotes.notes.NoteSource;
import dev.smartnotes.render.Format;
import dev.smartnotes.render.Renderer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * What every task of one run shares.
 *
 * @param out the run's output folder (a sub-folder of --out in compare mode)
 * @param previous the manifest of the exports before this one
 * @param writer writes the output files; null in a dry run
 * @param optionsDigest the export options that shape the output, as the manifest records them
 * @param walked the notes found and their output names, once the walk is over
 */
record RunContext(ExportRequest request, Path out, RunControl control, Progress progress, Manifest previous, FileWriter writer,
        Map<Format, Renderer> renderers, String optionsDigest, CompletableFuture<Walk.Listing> walked, LatencyClock clock) {

    /** The formats' folder names, in the order of the manifest's entries. */
    List<String> formatNames() {
        return renderers.keySet().stream().map(Format::extension).toList();
    }

    /** A note's output name, waiting for the walk to end if need be. */
    String nameOf(NoteSource source) throws InterruptedException, ExportException {
        return listing().plan().nameOf(source);
    }

    /** The notes found and their names, waiting for the walk to end if need be; the walk's own failure is thrown again. */
    Walk.Listing listing() throws InterruptedException, ExportException {
        try {
            return walked.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ExportException x) {
                throw x;
            }
            throw new IllegalStateException("listing the notes failed: " + e.getCause(), e.getCause());
        }
    }
}
