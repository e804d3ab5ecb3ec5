package dev.smartnotes.export;

import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.NoteException;
import dev.smartnotes.notes.NoteParser;
import dev.smartnotes.notes.NoteSource;
import dev.smartnotes.notes.Problem;
import dev.smartnotes.render.Format;
import dev.smartnotes.render.Renderer;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/** One (note, format) task: render, write atomically (once the walk has named the note), then wait out the simulated latency. */
record ExportTask(NoteWork work, int index, Format format, Renderer renderer, FileWriter writer, long latencyNanos,
        Exporter.Run context) implements Runnable {

    /**
     * Runs the task and puts its result in its slot (the executor's termination publishes it to the
     * run). The note's room in memory is given back as soon as the file is written, before the
     * simulated latency, which holds nothing but this virtual thread.
     */
    @Override
    public void run() {
        TaskResult result = new TaskResult.Skipped();
        boolean done = false;
        try {
            if (!context.control().cancelled()) {
                result = write(work.note(), System.nanoTime());
                work.done(result instanceof TaskResult.Written);
                done = true;
                if (result instanceof TaskResult.Written written && latencyNanos > 0) {
                    long sleepStart = System.nanoTime();
                    try {
                        context.clock().await(latencyNanos);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    result = new TaskResult.Written(written.bytes(), written.nanos() + System.nanoTime() - sleepStart);
                }
            }
        } finally {
            if (!done) {
                work.done(false);
            }
            work.results[index] = result;
            context.progress().advance();
        }
    }

    private TaskResult write(Note note, long start) {
        String file = null;
        try {
            byte[] bytes = renderer.render(note);
            long naming = System.nanoTime();
            String name = work.name(context); // the walk may still be going on: rendering does not need the name
            long waited = System.nanoTime() - naming;
            file = format.extension() + "/" + name + "." + format.extension();
            waited += context.request().dryRun() ? 0 : writer.write(file, bytes);
            long own = System.nanoTime() - start - waited; // waiting for the walk or a free file is not this task's work
            return new TaskResult.Written(bytes.length, own + (index == 0 ? work.loadNanos : 0));
        } catch (InterruptedException | java.nio.channels.ClosedByInterruptException | ExportException e) {
            return new TaskResult.Skipped(); // stopped, or the walk failed (which the run reports)
        } catch (IOException e) {
            if (fatal(e)) {
                context.control().cancel(fatalMessage(file, e));
            }
            return new TaskResult.Failed(new Problem(writer.where(file), OutputFolder.reason(e)), System.nanoTime() - start);
        } catch (RuntimeException | Error e) {
            return new TaskResult.Failed(new Problem(work.source.where(), "cannot export: " + e), System.nanoTime() - start);
        }
    }

    /** Failures after which no other file can be written either: stop instead of failing every task. */
    private static boolean fatal(IOException e) {
        String reason = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
        return e instanceof NoSuchFileException
                || (reason != null && (reason.contains("No space left") || reason.contains("Read-only file system")
                || reason.contains("Disk quota")));
    }

    private static String fatalMessage(String file, IOException e) {
        return e instanceof NoSuchFileException
                ? "the output folder of " + file + " was removed during the export"
                : OutputFolder.reason(e) + " (writing " + file + ")";
    }

    /** What a note needs: to be written, nothing (up to date), or nothing (filtered out). */
    sealed interface Prepared {
        record Fresh(Note note) implements Prepared {}

        record UpToDate() implements Prepared {}

        record Excluded() implements Prepared {}
    }

    /**
     * Reads, checks and parses one note, then runs its (note, format) tasks. With {@code spread}
     * (a thread per task, or a pool whose queue puts format tasks first) it starts the other formats'
     * tasks on the executor and runs the first one itself: no format task ever waits for another
     * one's read. Otherwise (one thread) it runs them one after another, in order. A note that fails, is
     * filtered out or is up to date gets its results here, without format tasks. Reading and parsing
     * may happen while the walk still goes on; the note waits for the output names only after that.
     */
    record NoteTask(NoteWork work, List<ExportTask> formats, Executor executor, boolean spread) implements Runnable {
        @Override
        public void run() {
            // The first format runs once start() has returned: while its task waits out a simulated
            // latency, this thread's stack (copied into the heap) holds no reference of its own to the
            // parsed note, which is dropped when the note's last format is written.
            if (start()) {
                formats.getFirst().run();
            }
        }

        /** Prepares the note and starts its format tasks; true if the first one is left to this thread. */
        private boolean start() {
            Exporter.Run context = formats.getFirst().context();
            if (context.control().cancelled()) {
                finish(i -> new TaskResult.Skipped());
                return false;
            }
            long start = System.nanoTime();
            Prepared prepared;
            try {
                prepared = work.prepare(context);
            } catch (InterruptedException | ExportException e) { // stopped, or the walk failed (reported by the run)
                finish(i -> new TaskResult.Skipped());
                return false;
            } catch (Exception | Error e) { // an Error too: the note's room must come back, or the run would hang
                if (context.control().cancelled()) { // such as a read cut short by the stop's interrupt
                    finish(i -> new TaskResult.Skipped());
                    return false;
                }
                String reason = e instanceof NoteException ? e.getMessage() : "cannot export: " + e;
                Problem problem = new Problem(work.source.where(), reason);
                long nanos = System.nanoTime() - start - work.namingNanos;
                finish(i -> new TaskResult.Failed(i == 0 ? problem : null, i == 0 ? nanos : 0));
                return false;
            }
            long nanos = System.nanoTime() - start - work.namingNanos; // waiting for the walk is not this note's work
            // if/instanceof, not a pattern switch: the first pattern switch a run meets spins a class and
            // a dozen method handles that the AOT cache does not keep (tens of ms of start-up and JIT work).
            if (prepared instanceof Prepared.Excluded) {
                finish(i -> new TaskResult.Excluded());
            } else if (prepared instanceof Prepared.UpToDate) {
                finish(i -> new TaskResult.Unchanged(i == 0 ? nanos : 0));
            } else if (prepared instanceof Prepared.Fresh) {
                work.loadNanos = nanos;
                if (!spread) {
                    formats.forEach(ExportTask::run);
                    return false;
                }
                // The other formats get threads of their own; the first format is done on this one.
                for (ExportTask task : formats.subList(1, formats.size())) {
                    try {
                        executor.execute(task);
                    } catch (RejectedExecutionException e) {
                        // A signal or a fatal error shut the executor down: the task never runs.
                        work.results[task.index] = new TaskResult.Skipped();
                        work.done(false);
                        context.progress().advance();
                    }
                }
                return true;
            } else {
                throw new AssertionError("unknown " + prepared); // a new kind of Prepared needs its branch here
            }
            return false;
        }

        /** Gives every format of the note its result at once. */
        private void finish(java.util.function.IntFunction<TaskResult> result) {
            for (int i = 0; i < formats.size(); i++) {
                TaskResult r = result.apply(i);
                work.results[i] = r;
                work.done(r instanceof TaskResult.Unchanged);
                formats.get(i).context.progress().advance();
            }
        }
    }

    /** One note, what its tasks share and what they did. The last task to finish frees the note's room in memory. */
    static final class NoteWork {
        final NoteSource source;
        final Manifest.Entry previous;
        /** One per format, each filled by its task (the executor's termination publishes them to the run). */
        final TaskResult[] results;
        /** The note's output name, once the walk is over and every name is known; null if it failed before. */
        private volatile String name;
        /** How long the note waited for the names, which does not count as its own work. */
        volatile long namingNanos;
        private final AtomicInteger remaining;
        private final Room inFlight;
        private final int room;
        /** The parsed note while its format tasks run; dropped once they are done, so that a finished note holds no memory. */
        private volatile Note note;
        /** The time it took to read and parse the note, counted with its first format's task. */
        volatile long loadNanos;
        /** What the manifest will record for this note once its files are written, or null. */
        volatile Manifest.Entry entry;
        private volatile boolean incomplete;

        NoteWork(NoteSource source, Manifest.Entry previous, int tasks, Room inFlight, int room) {
            this.source = source;
            this.previous = previous;
            this.results = new TaskResult[tasks];
            this.remaining = new AtomicInteger(tasks);
            this.inFlight = inFlight;
            this.room = room;
        }

        Note note() {
            return note;
        }

        Prepared prepare(Exporter.Run run) throws NoteException, InterruptedException, ExportException {
            Prepared result = decide(run);
            if (result instanceof Prepared.Fresh fresh) {
                note = fresh.note();
            }
            return result;
        }

        private Prepared decide(Exporter.Run run) throws NoteException, InterruptedException, ExportException {
            ExportRequest request = run.request();
            if (!request.incremental()) {
                // Every note is read and nothing needs its output name before the write: the format tasks
                // render it while the walk may still go on, and only then wait for the name (see name()).
                Note note = parse(source.bytes());
                return request.filter().accepts(note, modified()) ? new Prepared.Fresh(note) : new Prepared.Excluded();
            }
            // An incremental run decides from the name and the earlier export's files whether to read the note at all.
            long waitStart = System.nanoTime();
            name = run.nameOf(source);
            namingNanos = System.nanoTime() - waitStart;
            if (previous != null && previous.size() == size() && previous.modified() == modified()
                    && modified() != 0 && upToDate(run) && !request.filter().readsNotes()) {
                entry = previous;
                return new Prepared.UpToDate();
            }
            byte[] bytes = source.bytes();
            String hash = sha256(bytes);
            Note note = parse(bytes);
            if (!request.filter().accepts(note, modified())) {
                return new Prepared.Excluded();
            }
            entry = new Manifest.Entry(name, run.formatNames(), size(), modified(), hash, run.optionsDigest());
            if (previous != null && hash.equals(previous.hash()) && upToDate(run)) {
                return new Prepared.UpToDate();
            }
            return new Prepared.Fresh(note);
        }

        /**
         * The note's output name, waiting for the walk to end if need be. A note that gets its name here
         * (not read by an incremental run) gets its manifest entry with it.
         */
        String name(Exporter.Run run) throws InterruptedException, ExportException {
            String known = name;
            if (known == null) {
                known = run.nameOf(source);
                entry = new Manifest.Entry(known, run.formatNames(), size(), modified(), null, run.optionsDigest());
                name = known; // after the entry: a task that sees the name sees the entry
            }
            return known;
        }

        /** The name given by {@link #name(Exporter.Run)}, or null if the note never got that far. */
        String name() {
            return name;
        }

        private long size() {
            return source instanceof NoteSource.File f ? f.size() : 0;
        }

        private long modified() {
            return source instanceof NoteSource.File f ? f.modifiedMillis() : 0;
        }

        private Note parse(byte[] bytes) throws NoteException {
            return source instanceof NoteSource.Parsed p ? p.note() : NoteParser.parse(source.path(), bytes);
        }

        /** The earlier export has this note under the same name, options and formats, and its files are still there. */
        private boolean upToDate(Exporter.Run run) {
            if (!previous.name().equals(name) || !run.optionsDigest().equals(previous.options())
                    || !previous.formats().containsAll(run.formatNames())) {
                return false;
            }
            for (String format : run.formatNames()) {
                if (!Files.isRegularFile(run.out().resolve(format + "/" + name + "." + format))) {
                    return false;
                }
            }
            return true;
        }

        /** Called once by each task when its file is written (or not): the last one frees the note's room. */
        void done(boolean complete) {
            if (!complete) {
                incomplete = true;
            }
            if (remaining.decrementAndGet() == 0) {
                note = null;
                inFlight.give(room);
            }
        }

        /** Whether every format of the note is now on disk (written or already up to date). */
        boolean written() {
            return remaining.get() == 0 && !incomplete;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

}
