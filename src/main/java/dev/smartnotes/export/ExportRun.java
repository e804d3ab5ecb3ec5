package dev.smartnotes.export;

import dev.smartnotes.notes.IoFailures;
import dev.smartnotes.notes.Attachment;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;

/**
 * One export in one mode. The walk finds the files and names them ({@link Walk}); the first pass
 * reads each note as the walk finds it, finds its links and writes its Markdown ({@link FirstPass});
 * the second writes what needs the whole link graph, JSON and CSV ({@link SecondPass}); then the
 * attachments are copied ({@link AttachmentCopies}). All of it runs on the mode's one executor,
 * within the memory budget ({@link Dispatcher}); the outcomes are gathered ({@link Tally}). Then the
 * outputs of what is gone are pruned, the manifest is written and the report made.
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
            OpenFiles openFiles = new OpenFiles(request.maxOpen());
            FileWriter writer = folder != null ? writer(folder, openFiles, request.fsync()) : null;
            RunContext run = new RunContext(request, out, control, progress, previous, openFiles, writer, renderers(request),
                    Passes.of(request), new NoteCache(), walk.listing, clock);
            Tally tally = new Tally(request.dryRun());
            Set<String> referenced = ConcurrentHashMap.newKeySet();
            try (ExecutorService executor = mode.executor(request.threads())) {
                control.attach(executor, Thread.currentThread());
                stage(writer, request);
                passes(run, new Dispatcher(executor, control), walk, tally, referenced);
            } catch (OutOfMemoryError e) {
                control.stopIfOutOfMemory(e); // what was written is kept, and the manifest below lists it
            } finally {
                control.detach();
                Thread.interrupted();
                publish(writer, folder);
            }
            Walk.Listing listing = listing(run);
            tally.problems(listing.found().problems());
            Tally.Sums sums = tally.sums();

            boolean complete = listing.found().problems().isEmpty() && !control.cancelled();
            Set<String> gone = request.prune() && complete ? gone(previous, listing) : Set.of();
            Set<String> goneCopies = request.prune() && complete
                    ? previous.attachments().keySet().stream().filter(a -> !sums.copies().containsKey(a)).collect(Collectors.toSet()) : Set.of();
            List<String> removed = request.dryRun() ? Pruning.obsolete(out, previous, listing.plan(), sums, gone, goneCopies)
                    : control.cancelled() ? List.of() : Pruning.remove(out, previous, listing.plan(), sums, gone, goneCopies);
            List<Problem> problems = new ArrayList<>(sums.problems());
            if (writer != null) {
                boolean changed = previous.update(sums.entries(), gone, sums.copies(), goneCopies);
                if (changed || previous.notes().isEmpty()) { // an empty one is written too: a folder's first, or one --force recovers
                    writeManifest(writer, previous).filter(problem -> !control.cancelled()).ifPresent(problems::add); // a stopped run says why once
                }
            }
            progress.finish();
            return new RunReport(mode.toString(), mode == Mode.THREADS ? request.threads() : 0, out.toString(), sums.notes(), sums.files(),
                    sums.unchanged(), removed.size(), sums.bytes(), sums.attachments(), sums.unresolved(), System.nanoTime() - start,
                    sums.taskNanos(), sums.longest(), request.latency().toString(), problems, sums.linkIssues(), control.reason(),
                    request.dryRun(), sums.written(), removed);
        }
    }

    /** The first pass, the second, then the attachments, each waiting for the one before. */
    private static void passes(RunContext run, Dispatcher dispatcher, Walk walk, Tally tally, Set<String> referenced) throws ExportException {
        LinkGraph.Builder graph = new LinkGraph.Builder();
        dispatcher.run(walk.notes(), NoteSource::size, run.passes().first().size(),
                source -> ticket -> new FirstPass(run, source, ticket, dispatcher.executor()).start(),
                result -> {
                    tally.add(result.outcome());
                    advance(run, result.outcome());
                    if (result.linked() != null) {
                        graph.add(result.linked());
                        result.linked().summary().links().forEach(referenced::add);
                    } else {
                        graph.skip(result.source());
                    }
                },
                (source, failure) -> tally.unexpected(source.where(), failure));
        if (run.control().cancelled()) {
            return;
        }
        if (!run.passes().firstIsLast()) {
            LinkGraph links = graph.build();
            List<NoteSource> found = listing(run).found().sources();
            Iterable<NoteSource> notes = () -> found.stream()
                    .filter(source -> run.request().filter().acceptsPath(source.path()) && links.writes(source)).iterator();
            dispatcher.run(notes, NoteSource::size, run.passes().second().size(),
                    source -> ticket -> new SecondPass(run, links, links.linked(source), ticket, dispatcher.executor()).start(),
                    outcome -> {
                        tally.add(outcome);
                        advance(run, outcome);
                    },
                    (source, failure) -> tally.unexpected(source.where(), failure));
        }
        if (run.control().cancelled()) {
            return;
        }
        List<Attachment> attachments = AttachmentCopies.needed(run.request(), listing(run), referenced);
        dispatcher.run(attachments, attachment -> 0, 1,
                attachment -> ticket -> AttachmentCopies.start(run, attachment, ticket, dispatcher.executor()),
                tally::add,
                (attachment, failure) -> tally.unexpected(attachment.file().toString(), failure));
    }

    private static void advance(RunContext run, NoteOutcome outcome) {
        outcome.results().forEach(result -> run.progress().advance());
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
