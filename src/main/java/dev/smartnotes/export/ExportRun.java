package dev.smartnotes.export;

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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Collectors;

/**
 * One export in one mode: the walk finds the notes and names them ({@link Walk}); each note is read
 * and written by its own tasks ({@link NoteJob}) on the mode's executor, within the memory budget
 * ({@link MemoryBudget}); their outcomes are gathered ({@link Tally}); then the outputs of notes that
 * are gone are pruned, the manifest is written and the report made.
 */
final class ExportRun {
    /** Bump when a renderer's output changes, so that incremental runs write every note again. */
    static final String RENDER_VERSION = "2";

    private ExportRun() {}

    static RunReport run(ExportRequest request, Mode mode, Path out, RunControl control, Progress progress) throws ExportException {
        long start = System.nanoTime();
        progress.start(mode.toString(), -1); // the walk gives the total when it ends
        Walk walk = Walk.start(request, control, progress);
        try (OutputFolder folder = request.dryRun() ? null : OutputFolder.open(out, Manifest.Layout.PLAIN, request.notes(), request.force(), Set.of());
                LatencyClock clock = new LatencyClock()) {
            Manifest previous = folder != null ? folder.previous()
                    : OutputFolder.inspect(out, Manifest.Layout.PLAIN, request.notes(), request.force(), Set.of());
            FileWriter writer = folder != null ? writer(request, folder) : null;
            RunContext run = new RunContext(request, out, control, progress, previous, writer, renderers(request), optionsDigest(request),
                    walk.listing, clock);
            Tally tally = new Tally(request.dryRun());
            try {
                stage(writer, request);
                dispatch(run, mode, walk, tally);
            } finally {
                publish(writer, folder);
            }
            Walk.Listing listing = listing(run);
            tally.problems(listing.found().problems());
            Tally.Sums sums = tally.sums();

            Set<String> gone = gone(previous, listing, request, control);
            List<String> removed = request.dryRun() ? Pruning.obsolete(out, previous, listing.plan(), sums, gone)
                    : control.cancelled() ? List.of() : Pruning.remove(out, previous, listing.plan(), sums, gone);
            List<Problem> problems = new ArrayList<>(sums.problems());
            if (writer != null) {
                Manifest next = previous.updated(sums.entries(), request.prune() && !control.cancelled() ? gone : Set.of());
                writeManifest(writer, next).filter(problem -> !control.cancelled()).ifPresent(problems::add); // a stopped run says why once
            }
            progress.finish();
            return new RunReport(mode.toString(), mode == Mode.THREADS ? request.threads() : 0, out.toString(), sums.notes(), sums.files(),
                    sums.unchanged(), removed.size(), sums.bytes(), System.nanoTime() - start, sums.taskNanos(), sums.longest(),
                    request.latency().toString(), problems, control.reason(), request.dryRun(), sums.written(), removed);
        }
    }

    /**
     * Starts every note the walk hands on, each once the memory budget has room for it, and waits
     * until all of them have finished. A stop (a signal, a full disk) shuts the executor down: notes
     * not started yet never start, and running tasks see the interrupt.
     */
    private static void dispatch(RunContext run, Mode mode, Walk walk, Tally tally) {
        MemoryBudget budget = new MemoryBudget();
        Unfinished unfinished = new Unfinished();
        try (ExecutorService executor = mode.executor(run.request().threads())) {
            run.control().attach(executor, Thread.currentThread());
            walking:
            for (List<NoteSource> batch = walk.next(); !batch.isEmpty(); batch = walk.next()) {
                for (NoteSource source : batch) {
                    if (run.control().cancelled()) {
                        break walking;
                    }
                    MemoryBudget.Ticket ticket = budget.admit(source, run.renderers().size());
                    unfinished.started();
                    new NoteJob(run, source, ticket, executor).start().whenComplete((outcome, failure) -> {
                        if (outcome != null) {
                            tally.add(outcome);
                            outcome.results().forEach(result -> run.progress().advance());
                        }
                        unfinished.finished();
                    });
                }
            }
            if (!run.control().cancelled()) {
                unfinished.awaitNone(); // after a stop, closing the executor waits for the tasks still running
            }
        } catch (InterruptedException | RejectedExecutionException e) {
            // Stopped by a signal or a fatal error: what was started has finished once the executor is closed.
        } finally {
            run.control().detach();
            Thread.interrupted();
        }
    }

    /** The walk's listing, which is complete (or failed) by the time every note has finished. */
    private static Walk.Listing listing(RunContext run) throws ExportException {
        try {
            return run.listing();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportException(ExportException.Kind.IO, "interrupted while listing the notes");
        }
    }

    private static Map<Format, Renderer> renderers(ExportRequest request) {
        return request.formats().stream().collect(Collectors.toMap(f -> f, f -> f.renderer(request.csv()), (a, b) -> a,
                () -> new EnumMap<>(Format.class)));
    }

    /** The export options that shape the output: a note exported with others is written again by an incremental run. */
    private static String optionsDigest(ExportRequest request) {
        return "render " + RENDER_VERSION + ", csv " + (request.csv().raw() ? "raw" : "guarded") + (request.csv().bom() ? " bom" : "");
    }

    /** Sources the manifest knows that the collection no longer holds (only a whole, readable collection can tell). */
    private static Set<String> gone(Manifest previous, Walk.Listing listing, ExportRequest request, RunControl control) {
        if (!request.prune() || !listing.found().problems().isEmpty() || control.cancelled()) {
            return Set.of(); // a folder that could not be read, or a walk stopped early, is not a folder whose notes are gone
        }
        Set<String> present = listing.found().sources().stream().map(NoteSource::path).collect(Collectors.toSet());
        return previous.notes().keySet().stream().filter(source -> !present.contains(source)).collect(Collectors.toSet());
    }

    private static FileWriter writer(ExportRequest request, OutputFolder folder) throws ExportException {
        try {
            return new FileWriter(folder.path(), request.maxOpen(), request.fsync());
        } catch (IOException e) {
            throw new ExportException(ExportException.Kind.IO, "cannot write into --out " + folder.path() + ": " + OutputFolder.reason(e));
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
                throw new ExportException(ExportException.Kind.IO, "cannot write into --out " + request.out() + ": " + OutputFolder.reason(e));
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
            throw new ExportException(ExportException.Kind.IO, "cannot move the exported files into " + folder.path() + ": " + OutputFolder.reason(e));
        }
    }

    /**
     * Writes the manifest atomically; a failure (such as a full disk) leaves the previous one whole
     * and is the run's problem: the files written are complete, but the next run does not know them.
     */
    private static Optional<Problem> writeManifest(FileWriter writer, Manifest manifest) {
        try {
            writer.write(Manifest.FILE_NAME, manifest.toJson());
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(new Problem(writer.where(""), "cannot write the manifest: " + OutputFolder.reason(e)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(new Problem(writer.where(""), "stopped while writing the manifest"));
        }
    }
}
