package dev.smartnotes.export;

import dev.smartnotes.notes.NoteSource;
import dev.smartnotes.render.Format;
import dev.smartnotes.render.Renderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What every task of one run shares.
 *
 * @param out the run's output folder (a sub-folder of --out in compare mode)
 * @param previous the manifest of the exports before this one
 * @param openFiles the files open at once, for every read and write of the run
 * @param writer writes the output files; null in a dry run
 * @param collections the writers of the whole-collection files
 * @param cache the notes the first pass read, for the second
 * @param walked the notes and files found, their output names and index, once the walk is over
 */
record RunContext(ExportRequest request, Path out, RunControl control, Progress progress, Manifest previous, OpenFiles openFiles,
        FileWriter writer, Map<Format, Renderer> renderers, Passes passes, CollectionFiles collections, NoteCache cache,
        CompletableFuture<Walk.Listing> walked, LatencyClock clock, String optionsDigest, List<String> formatNames) {

    /** Bump when a renderer's output changes, so that incremental runs write every note again. */
    static final String RENDER_VERSION = "3";

    /**
     * The context of a run; {@code optionsDigest} (the export options that shape the output, as the
     * manifest records them) and {@code formatNames} (every format and collection file, in the
     * manifest's order) are made here once, and every note's manifest entry shares them.
     */
    RunContext(ExportRequest request, Path out, RunControl control, Progress progress, Manifest previous, OpenFiles openFiles,
            FileWriter writer, Map<Format, Renderer> renderers, Passes passes, CollectionFiles collections, NoteCache cache,
            CompletableFuture<Walk.Listing> walked, LatencyClock clock) {
        this(request, out, control, progress, previous, openFiles, writer, renderers, passes, collections, cache, walked, clock,
                "render " + RENDER_VERSION + ", " + request.rendering().digest(),
                Stream.concat(renderers.keySet().stream().map(Format::extension), passes.collections().stream().map(Object::toString)).toList());
    }

    /**
     * The names of the formats and collection files that hold the note as this run wrote it, in the
     * manifest's order: {@code onDisk} tells for each name; the run's shared list when it is all of them.
     */
    List<String> formatNames(Predicate<String> onDisk) {
        List<String> names = formatNames.stream().filter(onDisk).toList();
        return names.size() == formatNames.size() ? formatNames : names;
    }

    /** A note's output name, waiting for the walk to end if need be. */
    String nameOf(NoteSource source) throws InterruptedException, ExportException {
        return listing().plan().nameOf(source);
    }

    /** The links of the run, waiting for the walk to end if need be. */
    VaultLinks links() throws InterruptedException, ExportException {
        return new VaultLinks(request, listing());
    }

    /** The notes found and their names, waiting for the walk to end if need be; the walk's own failure is thrown again. */
    Walk.Listing listing() throws InterruptedException, ExportException {
        try {
            return walked.get();
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case ExportException x -> throw x;
                case Error error -> throw error; // out of memory, say: the run stops on it as anywhere else
                default -> { }
            }
            throw new IllegalStateException("listing the notes failed: " + e.getCause(), e.getCause());
        }
    }

    /** Whether the earlier export has the note under this name and these options, with the files of {@code formats} on disk. */
    boolean onDisk(Manifest.Entry previous, String source, String name, Collection<Format> formats) {
        return onDisk(previous, source, name, formats, file -> Files.isRegularFile(out.resolve(file)));
    }

    /** The same, {@code onDisk} telling whether the file at a path relative to --out (with {@code /}) is there. */
    boolean onDisk(Manifest.Entry previous, String source, String name, Collection<Format> formats, Predicate<String> onDisk) {
        return previous != null && previous.hasName(source, name) && optionsDigest().equals(previous.options())
                && formats.stream().allMatch(f -> previous.formats().contains(f.extension())
                        && onDisk.test(f.extension() + "/" + name + "." + f.extension()));
    }
}
