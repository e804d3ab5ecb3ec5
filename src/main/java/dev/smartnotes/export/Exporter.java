package dev.smartnotes.export;

import dev.smartnotes.notes.NoteLoader;
import dev.smartnotes.notes.NoteSource;
import dev.smartnotes.notes.Problem;
import dev.smartnotes.notes.SampleGenerator;
import dev.smartnotes.render.Format;
import dev.smartnotes.render.Renderer;
import dev.smartnotes.report.CompareReport;
import dev.smartnotes.report.Report;
import dev.smartnotes.report.RunReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs an export: walks the notes and starts each one as soon as the walk finds it (reading and
 * parsing it), plans the output names once the walk is over, runs one task per (note, format) in
 * the requested mode, updates the manifest and reports what happened. Every mode runs the same
 * tasks through an {@link ExecutorService}; only the executor differs.
 */
public final class Exporter {
    /**
     * How many KiB of notes may be read but not yet written: bounds memory whatever the notes'
     * sizes, not the overlap of latency (a note's room is freed when its files are written, before
     * the simulated wait). Each note takes at least {@link #MIN_ROOM_KIB}, so at most 1,024 are in flight:
     * plenty to keep two cores and the disk busy, while a parsed note in memory takes several times
     * its size on disk, all of it copied by every young collection while it is in flight (16 MiB made
     * 10,000 notes 10% slower).
     */
    static final int ROOM_KIB = 4 * 1024;

    static final int MIN_ROOM_KIB = 4;

    /** Bump when a renderer's output changes, so that incremental runs write every note again. */
    static final String RENDER_VERSION = "2";

    private static final List<Mode> COMPARED = List.of(Mode.SEQUENTIAL, Mode.THREADS, Mode.CONCURRENT);

    private Exporter() {}

    /** What every task of one run shares. */
    record Run(ExportRequest request, Path out, RunControl control, Progress progress, List<String> formatNames, String optionsDigest,
            CompletableFuture<Listing> listing, LatencyClock clock) {

        /** A note's output name, waiting for the walk to end if need be. */
        String nameOf(NoteSource source) throws InterruptedException, ExportException {
            return Exporter.listing(listing).plan().nameOf(source);
        }
    }

    public static Report export(ExportRequest request, RunControl control, Progress progress) throws ExportException {
        if (request.mode() != Mode.COMPARE) {
            // One run loads its classes on the way, while the walk goes on: warming up first would only
            // add the time of one note to what the user waits for.
            return run(request, request.mode(), request.out(), control, progress);
        }
        warmUp(request); // the modes compared must not pay for each other's class loading (bench warms up per mode)
        Set<String> modes = Set.copyOf(COMPARED.stream().map(Mode::toString).toList());
        try (OutputFolder top = request.dryRun() ? null : OutputFolder.open(request.out(), request.force(), modes)) {
            List<RunReport> runs = new ArrayList<>();
            for (Mode mode : COMPARED) {
                if (!control.cancelled()) {
                    runs.add(run(request, mode, request.out().resolve(mode.toString()), control, progress));
                }
            }
            return new CompareReport(runs);
        }
    }

    /**
     * Loads and initialises the parser and the renderers (Jackson, SnakeYAML, commons-csv) once,
     * before any clock starts, so that the timings compared measure exporting rather than class loading.
     */
    static void warmUp(ExportRequest request) {
        if (!request.incremental()) { // an incremental run may have nothing to render; it pays for loading only if it renders
            preload();
        }
    }

    /**
     * Loads and initialises the note parser and every renderer by exporting a built-in note in
     * memory. Safe from any thread at any time: the command line runs it beside picocli's parsing
     * of the arguments, on the core that would otherwise wait.
     */
    public static void preload() {
        try {
            var sample = new SampleGenerator(SampleGenerator.DEMO_SEED).generate(1).getFirst();
            var note = dev.smartnotes.notes.NoteParser.parse(sample.path(), sample.markdown());
            for (Format format : Format.values()) {
                format.renderer(dev.smartnotes.render.CsvOptions.DEFAULT).render(note);
            }
        } catch (dev.smartnotes.notes.NoteException e) {
            throw new IllegalStateException("the built-in sample note does not parse", e);
        }
    }

    static RunReport run(ExportRequest request, Mode mode, Path out, RunControl control, Progress progress) throws ExportException {
        long start = System.nanoTime();
        // The walk hands the notes on as it finds them, while --out is checked and its manifest read,
        // and while the first notes are read and parsed; then it plans every note's output name.
        Walk walk = new Walk();
        progress.start(mode.toString(), -1); // the walk gives the total when it ends
        Thread.ofVirtual().name("find-notes").start(() -> walk.run(request, control, progress));
        try (OutputFolder folder = request.dryRun() ? null : OutputFolder.open(out, request.force(), Set.of());
                LatencyClock clock = new LatencyClock()) {
            Manifest manifest = folder != null ? folder.previous() : OutputFolder.peek(out);
            FileWriter writer = request.dryRun() ? null : writer(request, folder);
            Map<Format, Renderer> renderers = new EnumMap<>(Format.class);
            request.formats().forEach(f -> renderers.put(f, f.renderer(request.csv())));
            Run run = new Run(request, out, control, progress, request.formats().stream().map(Format::extension).toList(),
                    "render " + RENDER_VERSION + ", csv " + (request.csv().raw() ? "raw" : "guarded") + (request.csv().bom() ? " bom" : ""),
                    walk.listing, clock);

            int threads = mode == Mode.THREADS ? request.threads() : 0;
            List<ExportTask.NoteWork> works = new ArrayList<>();
            try {
                if (writer != null) {
                    stage(writer, request);
                }
                dispatch(run, mode, threads, walk, manifest, renderers, writer, works);
            } finally {
                publish(writer, folder);
            }
            if (request.dryRun()) {
                works.sort((a, b) -> NoteSource.BY_PATH.compare(a.source, b.source)); // listed by source, not in the walk's order
            }
            Listing listing = listing(walk.listing);
            NoteLoader.Found found = listing.found();

            Tally tally = tally(works, run.formatNames(), found.problems(), request.dryRun());
            Set<String> gone = gone(manifest, found, request, control);
            List<String> removed = new ArrayList<>();
            if (!request.dryRun() && !control.cancelled()) {
                removed.addAll(Pruning.remove(out, manifest, listing.plan(), works, gone));
            } else if (request.dryRun()) {
                removed.addAll(Pruning.obsolete(out, manifest, listing.plan(), works, gone));
            }
            if (folder != null) {
                update(manifest, works, gone, request.prune() && !control.cancelled());
                writeManifest(writer, manifest);
            }
            progress.finish();
            List<String> written = request.dryRun() ? tally.written : List.of();
            return new RunReport(mode.toString(), threads, out.toString(), tally.notes, tally.files, tally.unchanged,
                    removed.size(), tally.bytes, System.nanoTime() - start, tally.taskNanos, tally.longest,
                    request.latency().toString(), tally.problems, control.reason(), request.dryRun(), written, removed);
        }
    }

    /** The notes found and the plan of their output names (made over every note, so that --include and --exclude never change a name). */
    record Listing(NoteLoader.Found found, ExportPlan plan) {}

    /**
     * The walk over --notes, on a thread of its own: it hands the notes it finds that --include and
     * --exclude let through to the dispatcher in batches (an empty batch ends them), then completes
     * the listing.
     */
    private static final class Walk {
        final BlockingQueue<List<NoteSource>> batches = new LinkedBlockingQueue<>();
        final CompletableFuture<Listing> listing = new CompletableFuture<>();

        void run(ExportRequest request, RunControl control, Progress progress) {
            try {
                long[] accepted = {0};
                NoteLoader.Found found = find(request, batch -> {
                    List<NoteSource> exported = batch.stream().filter(source -> request.filter().acceptsPath(source.path())).toList();
                    accepted[0] += exported.size();
                    if (!exported.isEmpty()) {
                        batches.add(exported);
                    }
                }, control);
                progress.total(accepted[0] * request.formats().size()); // the bar knows its end as soon as the walk does
                listing.complete(new Listing(found, ExportPlan.of(found.sources())));
            } catch (Throwable e) {
                listing.completeExceptionally(e);
            } finally {
                batches.add(List.of());
            }
        }
    }

    private static void dispatch(Run run, Mode mode, int threads, Walk walk, Manifest manifest, Map<Format, Renderer> renderers,
            FileWriter writer, List<ExportTask.NoteWork> works) {
        Room inFlight = new Room(ROOM_KIB);
        try (ExecutorService executor = executor(mode, threads)) {
            run.control().attach(executor, Thread.currentThread());
            Starter starter = new Starter(run, mode != Mode.SEQUENTIAL, manifest, renderers, writer, inFlight, executor);
            walking:
            for (List<NoteSource> batch = walk.batches.take(); !batch.isEmpty(); batch = walk.batches.take()) {
                for (NoteSource source : batch) {
                    if (run.control().cancelled()) {
                        break walking;
                    }
                    works.add(starter.start(source));
                }
            }
            // Every note's room comes back once its files are written: then every format task has started.
            // (Not after a stop: notes a pool never started never give theirs back.)
            if (!run.control().cancelled()) {
                inFlight.awaitAll();
            }
        } catch (InterruptedException e) {
            // Stopped by a signal while waiting: what was started has finished by now.
        } finally {
            run.control().detach();
            Thread.interrupted();
        }
    }

    /**
     * Starts the tasks of one note. A method of its own rather than the body of the dispatch loop:
     * C1 compiles a method after a few hundred calls, but a loop already running only after 60,000
     * turns, so a loop body run once per note would stay interpreted for the whole run.
     */
    private record Starter(Run run, boolean spread, Manifest manifest, Map<Format, Renderer> renderers, FileWriter writer, Room inFlight,
            ExecutorService executor) {

        ExportTask.NoteWork start(NoteSource source) throws InterruptedException {
            ExportRequest request = run.request();
            int room = room(source);
            inFlight.take(room);
            ExportTask.NoteWork work = new ExportTask.NoteWork(source, manifest.notes().get(source.path()), renderers.size(), inFlight, room);
            List<ExportTask> tasks = new ArrayList<>(renderers.size());
            for (Map.Entry<Format, Renderer> format : renderers.entrySet()) {
                // Drawn for the note and format, not for the walk's order: the same seed gives a note the same wait anywhere.
                long latency = request.latency().drawNanos(request.seed(), source.path().hashCode() * 8L + tasks.size());
                tasks.add(new ExportTask(work, tasks.size(), format.getKey(), format.getValue(), writer, latency, run));
            }
            try {
                executor.execute(new ExportTask.NoteTask(work, tasks, executor, spread));
            } catch (RejectedExecutionException e) {
                // A signal or a fatal error shut the executor down since the caller's check: the
                // note's results stay empty and count as skipped.
                inFlight.give(room);
            }
            return work;
        }
    }

    /** The room a note takes in memory while in flight, in KiB, from its size on disk or in memory. */
    private static int room(NoteSource source) {
        return (int) Math.min(ROOM_KIB, Math.max(MIN_ROOM_KIB, source.size() / 1024 + 1));
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

    /** The listing of a walk, waiting for it if need be; the walk's own failure is thrown again. */
    static Listing listing(CompletableFuture<Listing> listing) throws ExportException {
        try {
            return listing.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ExportException x) {
                throw x;
            }
            throw new IllegalStateException("listing the notes failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportException(ExportException.Kind.IO, "interrupted while listing the notes");
        }
    }

    private static NoteLoader.Found find(ExportRequest request, Consumer<List<NoteSource>> found, RunControl control) throws ExportException {
        if (request.notes() == null) {
            List<NoteSource> demo = List.copyOf(SampleGenerator.demo());
            found.accept(demo);
            return new NoteLoader.Found(demo, List.of());
        }
        try {
            // The whole --out is skipped, also in compare mode.
            return NoteLoader.find(request.notes(), request.out(), request.maxNoteBytes(), found, control::cancelled);
        } catch (IOException e) {
            throw new ExportException(ExportException.Kind.IO, "cannot read --notes " + request.notes() + ": " + OutputFolder.reason(e));
        }
    }

    private static ExecutorService executor(Mode mode, int threads) {
        return switch (mode) {
            case SEQUENTIAL -> new DirectExecutorService();
            // Unnamed: a numbered name costs each of the 30,000 threads of 10,000 notes a string, and
            // the first one a counter whose method handles the JVM spins at run time.
            case CONCURRENT -> Executors.newVirtualThreadPerTaskExecutor();
            case THREADS -> new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new FormatsFirst(),
                    Thread.ofPlatform().name("export-pool-", 0).daemon().factory());
            case COMPARE -> throw new IllegalArgumentException("compare runs the other modes");
        };
    }

    /**
     * A pool's queue in which a note's format tasks go ahead of the notes still waiting to be read:
     * at the back, behind up to a thousand queued notes, they would finish only at the end of the run.
     */
    static final class FormatsFirst extends LinkedBlockingDeque<Runnable> {
        @Override
        public boolean offer(Runnable task) {
            return task instanceof ExportTask ? offerFirst(task) : offerLast(task);
        }
    }

    /** The sums over every task; {@code written} lists the files written (kept only for dry runs). */
    private record Tally(long notes, long files, long unchanged, long bytes, long taskNanos, long longest, List<Problem> problems,
            List<String> written) {}

    private static Tally tally(List<ExportTask.NoteWork> works, List<String> formats, List<Problem> found, boolean listWritten) {
        Sums sums = new Sums(new LinkedHashSet<>(found), formats, listWritten);
        for (ExportTask.NoteWork work : works) {
            sums.add(work); // a method per note, compiled early (see Starter)
        }
        List<Problem> sorted = new ArrayList<>(sums.problems);
        sorted.sort((a, b) -> a.where().compareTo(b.where())); // not Comparator.comparing, whose lambda is made at run time
        return new Tally(sums.notes, sums.files, sums.unchanged, sums.bytes, sums.sum, sums.longest, sorted, sums.written);
    }

    /** The sums of {@link #tally}, note by note. */
    private static final class Sums {
        final Set<Problem> problems;
        final List<String> formats;
        final boolean listWritten;
        final List<String> written = new ArrayList<>();
        long notes, files, unchanged, bytes, sum, longest;

        Sums(Set<Problem> problems, List<String> formats, boolean listWritten) {
            this.problems = problems;
            this.formats = formats;
            this.listWritten = listWritten;
        }

        void add(ExportTask.NoteWork work) {
            boolean ok = true;
            boolean excluded = false;
            for (int f = 0; f < work.results.length; f++) {
                TaskResult result = work.results[f] == null ? new TaskResult.Skipped() : work.results[f];
                sum += result.nanos();
                longest = Math.max(longest, result.nanos());
                // if/instanceof rather than a pattern switch: see ExportTask.NoteTask.
                if (result instanceof TaskResult.Written w) {
                    files++;
                    bytes += w.bytes();
                    if (listWritten) {
                        written.add(formats.get(f) + "/" + work.name() + "." + formats.get(f));
                    }
                } else if (result instanceof TaskResult.Unchanged) {
                    unchanged++;
                } else if (result instanceof TaskResult.Excluded) {
                    excluded = true;
                } else if (result instanceof TaskResult.Failed failed) {
                    ok = false;
                    if (failed.problem() != null) {
                        problems.add(failed.problem());
                    }
                } else if (result instanceof TaskResult.Skipped) {
                    ok = false;
                } else {
                    throw new AssertionError("unknown " + result); // a new kind of TaskResult needs its branch here
                }
            }
            notes += ok && !excluded ? 1 : 0;
        }
    }

    /** Sources the manifest knows that the notes no longer hold (only a whole collection can tell). */
    private static Set<String> gone(Manifest manifest, NoteLoader.Found found, ExportRequest request, RunControl control) {
        // A walk stopped early has not seen every note: none of the others is gone.
        if (!request.prune() || manifest.notes().isEmpty() || !found.problems().isEmpty() || control.cancelled()) {
            return Set.of(); // a folder that could not be read is not a folder whose notes are gone
        }
        Set<String> present = new HashSet<>();
        found.sources().forEach(s -> present.add(s.path()));
        Set<String> gone = new HashSet<>();
        for (String source : manifest.notes().keySet()) {
            if (!present.contains(source)) {
                gone.add(source);
            }
        }
        return gone;
    }

    private static void update(Manifest manifest, List<ExportTask.NoteWork> works, Set<String> gone, boolean prune) {
        for (ExportTask.NoteWork work : works) {
            record(manifest, work); // a method per note, compiled early (see Starter)
        }
        if (prune) {
            gone.forEach(manifest.notes()::remove);
        }
    }

    private static void record(Manifest manifest, ExportTask.NoteWork work) {
        if (work.entry != null && work.written()) {
            manifest.notes().put(work.source.path(), work.entry);
        }
    }

    private static void writeManifest(FileWriter writer, Manifest manifest) {
        try {
            writer.write(Manifest.FILE_NAME, manifest.toJson());
        } catch (IOException | InterruptedException e) {
            // The outputs are complete; a stale manifest only costs the next incremental run some work.
        }
    }

}
