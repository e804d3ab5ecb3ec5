package dev.smartnotes.export;

import dev.smartnotes.notes.IoFailures;
import dev.smartnotes.notes.NoteSource;
import dev.smartnotes.notes.Problem;
import dev.smartnotes.render.Format;
import dev.smartnotes.render.Renderer;
import dev.smartnotes.report.RunReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;

/**
 * One export in one mode. The walk finds the files and names them ({@link Walk}); the passes over
 * the notes and attachments run on the mode's one executor ({@link RunPasses}); their outcomes are
 * gathered ({@link Tally}). Then the outputs of what is gone are pruned, the manifest is written and
 * the report made.
 */
final class ExportRun {
    private ExportRun() {}

    static RunReport run(ExportRequest request, Mode mode, Path out, RunControl control, Progress progress) throws ExportException {
        long start = System.nanoTime();
        progress.start(mode.toString(), -1); // the walk gives the total when it ends
        Walk walk = Walk.start(request, control, progress);
        try (OutputFolder folder = request.dryRun() ? null : OutputFolder.open(out, Manifest.Layout.PLAIN, request.notes(), request.force(), Set.of());
                LatencyClock clock = new LatencyClock()) {
            Manifest previous = folder != null ? folder.previous()
                    : OutputFolder.inspect(out, Manifest.Layout.PLAIN, request.notes(), request.force(), Set.of());
            Passes passes = Passes.of(request);
            OpenFiles openFiles = new OpenFiles(request.maxOpen());
            FileWriter writer = folder != null ? writer(folder, openFiles, request.fsync()) : null;
            try (CollectionFiles collections = CollectionFiles.open(request, out, passes)) {
                RunContext run = new RunContext(request, out, control, progress, previous, openFiles, writer, renderers(request),
                        passes, collections, new NoteCache(), walk.listing, clock);
                return export(run, mode, walk, folder, start);
            }
        }
    }

    /** The passes, then the collection files, the pruning, the manifest and the report. */
    private static RunReport export(RunContext run, Mode mode, Walk walk, OutputFolder folder, long start) throws ExportException {
        ExportRequest request = run.request();
        RunControl control = run.control();
        Manifest previous = run.previous();
        Tally tally = new Tally(request.dryRun());
        Set<String> referenced = ConcurrentHashMap.newKeySet();
        RunPasses.Done done = RunPasses.Done.STOPPED;
        try (ExecutorService executor = mode.executor(request.threads())) {
            control.attach(executor, Thread.currentThread());
            stage(run.writer(), request);
            done = RunPasses.run(run, new Dispatcher(executor, control), walk, tally, referenced);
        } catch (OutOfMemoryError e) {
            control.stopIfOutOfMemory(e); // what was written is kept, and the manifest below lists it
        } finally {
            control.detach();
            Thread.interrupted();
            publish(run.writer(), folder);
        }
        Walk.Listing listing = RunPasses.listing(run);
        tally.problems(listing.found().problems());
        boolean complete = listing.found().problems().isEmpty() && !control.cancelled();
        Set<String> goneNotes = complete ? gone(previous, listing) : Set.of();
        CollectionFiles.Finished collected = finish(run.collections(), goneNotes, previous, control);
        tally.collected(collected);
        Tally.Sums sums = tally.sums();

        Set<String> gone = request.prune() ? goneNotes : Set.of();
        Set<String> goneCopies = request.prune() && complete
                ? previous.attachments().keySet().stream().filter(a -> !sums.copies().containsKey(a)).collect(Collectors.toSet()) : Set.of();
        List<String> removed = request.dryRun() ? Pruning.obsolete(run.out(), previous, listing.plan(), sums, gone, goneCopies)
                : control.cancelled() ? List.of() : Pruning.remove(run.out(), previous, listing.plan(), sums, gone, goneCopies);
        List<Problem> problems = new ArrayList<>(sums.problems());
        if (run.writer() != null) {
            boolean changed = previous.update(sums.entries(), gone, sums.copies(), goneCopies);
            changed |= previous.track(sums.entries(), goneNotes, run.passes().collectionNames(), collected.finished(), collected.rebuilt());
            // The digest only after a run that wrote or checked every note's files for this link graph (see UnchangedCollection);
            // cancelled() again: completing the collection files may have stopped the run since.
            boolean keepDigest = complete && done.everyNote() && sums.problems().isEmpty() && !request.filter().readsNotes()
                    && !control.cancelled();
            Manifest manifest = keepDigest ? previous.with(listing.digest(), done.folders()) : previous.with(null, Map.of());
            changed |= !Objects.equals(manifest.collection(), previous.collection()) || !manifest.folders().equals(previous.folders());
            if (changed || previous.notes().isEmpty()) { // an empty one is written too: a folder's first, or one --force recovers
                writeManifest(run.writer(), manifest).filter(problem -> !control.cancelled()).ifPresent(problems::add); // a stopped run says why once
            }
        }
        run.progress().finish();
        return new RunReport(mode.toString(), mode == Mode.THREADS ? request.threads() : 0, run.out().toString(), sums.notes(), sums.files(),
                sums.unchanged(), removed.size(), sums.bytes(), sums.attachments(), sums.unresolved(), System.nanoTime() - start,
                sums.taskNanos(), sums.longest(), request.latency().toString(), problems, sums.linkIssues(), control.reason(),
                request.dryRun(), sums.written(), removed);
    }

    /**
     * Completes the collection files once every note is in: the rows of the notes gone from the
     * collection are removed first. A stopped run completes none: each keeps its earlier content.
     */
    private static CollectionFiles.Finished finish(CollectionFiles collections, Set<String> gone, Manifest previous, RunControl control) {
        if (control.cancelled()) {
            return CollectionFiles.Finished.NONE;
        }
        try {
            collections.remove(gone, previous);
            return collections.finish();
        } catch (InterruptedException e) {
            control.cancel("interrupted");
            return CollectionFiles.Finished.NONE;
        }
    }

    private static Map<Format, Renderer> renderers(ExportRequest request) {
        return request.formats().stream().collect(Collectors.toMap(f -> f,
                f -> f.renderer(request.rendering().csv(), request.rendering().frontMatter()), (a, b) -> a, () -> new EnumMap<>(Format.class)));
    }

    /** Sources the manifest knows that the collection no longer holds. */
    private static Set<String> gone(Manifest previous, Walk.Listing listing) {
        Set<String> present = listing.found().sources().stream().map(NoteSource::path).collect(Collectors.toSet());
        return previous.notes().keySet().stream().filter(source -> !present.contains(source)).collect(Collectors.toSet());
    }

    private static FileWriter writer(OutputFolder folder, OpenFiles openFiles, boolean fsync) throws ExportException {
        try {
            return new FileWriter(folder.path(), openFiles, fsync);
        } catch (IOException e) {
            throw new ExportException(ExportException.Kind.IO, "cannot write into --out " + folder.path() + ": " + IoFailures.reason(e));
        }
    }

    /** Format folders that do not exist yet are written in staging folders (see {@link FileWriter#stage}). */
    private static void stage(FileWriter writer, ExportRequest request) throws ExportException {
        if (writer == null) {
            return;
        }
        for (Format format : request.formats()) {
            try {
                writer.stage(format.extension());
            } catch (IOException e) {
                throw new ExportException(ExportException.Kind.IO, "cannot write into --out " + request.out() + ": " + IoFailures.reason(e));
            }
        }
    }

    private static void publish(FileWriter writer, OutputFolder folder) throws ExportException {
        if (writer == null) {
            return;
        }
        try {
            writer.publish();
        } catch (IOException e) {
            throw new ExportException(ExportException.Kind.IO, "cannot move the exported files into " + folder.path() + ": " + IoFailures.reason(e));
        }
    }

    /**
     * Writes the manifest atomically; a failure (such as a full disk) leaves the previous one whole
     * and is the run's problem: the files written are complete, but the next run does not know them.
     */
    private static Optional<Problem> writeManifest(FileWriter writer, Manifest manifest) {
        try {
            writer.write(Manifest.FILE_NAME, manifest::writeTo);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(new Problem(writer.where(""), "cannot write the manifest: " + IoFailures.reason(e)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(new Problem(writer.where(""), "stopped while writing the manifest"));
        }
    }
}
