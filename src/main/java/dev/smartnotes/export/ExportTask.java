package dev.smartnotes.export;

import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.NoteException;
import dev.smartnotes.notes.NoteJson;
import dev.smartnotes.notes.NoteParser;
import dev.smartnotes.notes.NoteSource;
import dev.smartnotes.notes.Problem;
import dev.smartnotes.render.Format;
import dev.smartnotes.render.Renderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** One (note, format) task: render, write atomically, then wait out the simulated latency. */
record ExportTask(NoteWork work, Format format, Renderer renderer, FileWriter writer, long latencyNanos,
        Exporter.Run context, TaskResult[] results, int slot) implements Runnable {

    /** Runs the task and puts its result in its slot (the executor's termination publishes it to the run). */
    @Override
    public void run() {
        TaskResult result = new TaskResult.Skipped();
        try {
            result = context.control().cancelled() ? result : export();
        } finally {
            results[slot] = result;
            work.done(result instanceof TaskResult.Written || result instanceof TaskResult.Unchanged);
            context.progress().advance();
        }
    }

    private TaskResult export() {
        long start = System.nanoTime();
        String file = format.extension() + "/" + work.item.name() + "." + format.extension();
        Prepared prepared;
        try {
            if (work.claim()) {
                prepared = work.prepare(context);
            } else {
                prepared = work.await();
                start = System.nanoTime(); // waiting for another task's load is not this task's work
            }
        } catch (NoteException e) {
            return new TaskResult.Failed(new Problem(work.item.source().where(), e.getMessage()), System.nanoTime() - start);
        } catch (ExecutionException e) {
            return new TaskResult.Failed(null, System.nanoTime() - start);
        } catch (InterruptedException e) {
            return new TaskResult.Skipped();
        }
        TaskResult result = switch (prepared) {
            case Prepared.Excluded x -> new TaskResult.Excluded();
            case Prepared.UpToDate u -> new TaskResult.Unchanged(System.nanoTime() - start);
            case Prepared.Fresh fresh -> write(fresh.note(), file, start);
        };
        if (result instanceof TaskResult.Written && latencyNanos > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(latencyNanos);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new TaskResult.Written(((TaskResult.Written) result).bytes(), System.nanoTime() - start);
        }
        return result;
    }

    private TaskResult write(Note note, String file, long start) {
        try {
            byte[] bytes = renderer.render(note);
            if (!context.request().dryRun()) {
                writer.write(file, bytes);
            }
            return new TaskResult.Written(bytes.length, System.nanoTime() - start);
        } catch (InterruptedException | java.nio.channels.ClosedByInterruptException e) {
            return new TaskResult.Skipped();
        } catch (IOException e) {
            if (fatal(e)) {
                context.control().cancel(fatalMessage(file, e));
            }
            return new TaskResult.Failed(new Problem(writer.where(file), OutputFolder.reason(e)), System.nanoTime() - start);
        } catch (RuntimeException e) {
            return new TaskResult.Failed(new Problem(work.item.source().where(), "cannot export: " + e), System.nanoTime() - start);
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
     * One note shared by its format tasks: the first task to need it prepares it (reads, hashes,
     * parses, filters), the others wait for that. The last task to finish frees the note's room.
     */
    static final class NoteWork {
        final ExportPlan.Item item;
        final Manifest.Entry previous;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final AtomicInteger remaining;
        private final Semaphore inFlight;
        /** Dropped once every task of the note is done, so that a finished note holds no memory. */
        private volatile CompletableFuture<Prepared> prepared = new CompletableFuture<>();
        private final int room;
        /** What the manifest will record for this note once its files are written, or null. */
        volatile Manifest.Entry entry;
        private volatile boolean incomplete;

        NoteWork(ExportPlan.Item item, Manifest.Entry previous, int tasks, Semaphore inFlight, int room) {
            this.item = item;
            this.previous = previous;
            this.remaining = new AtomicInteger(tasks);
            this.inFlight = inFlight;
            this.room = room;
        }

        boolean claim() {
            return claimed.compareAndSet(false, true);
        }

        Prepared await() throws InterruptedException, ExecutionException {
            return prepared.get();
        }

        Prepared prepare(Exporter.Run run) throws NoteException {
            try {
                Prepared result = decide(run);
                prepared.complete(result);
                return result;
            } catch (NoteException | RuntimeException e) {
                prepared.completeExceptionally(e);
                throw e;
            }
        }

        private Prepared decide(Exporter.Run run) throws NoteException {
            ExportRequest request = run.request();
            NoteSource source = item.source();
            long size = source instanceof NoteSource.File f ? f.size() : 0;
            long modified = source instanceof NoteSource.File f ? f.modifiedMillis() : 0;
            if (request.incremental() && previous != null && previous.size() == size && previous.modified() == modified
                    && modified != 0 && upToDate(run) && !request.filter().readsNotes()) {
                entry = previous;
                return new Prepared.UpToDate();
            }
            byte[] bytes = switch (source) {
                case NoteSource.File f -> f.read();
                case NoteSource.Text t -> t.markdown().getBytes(StandardCharsets.UTF_8);
                case NoteSource.Parsed p -> NoteJson.toJson(p.note());
            };
            String hash = request.incremental() ? sha256(bytes) : null;
            Note note = source instanceof NoteSource.Parsed p ? p.note() : NoteParser.parse(source.path(), bytes);
            if (!request.filter().accepts(note, modified)) {
                return new Prepared.Excluded();
            }
            entry = new Manifest.Entry(item.name(), run.formatNames(), size, modified, hash, run.optionsDigest());
            if (hash != null && previous != null && hash.equals(previous.hash()) && upToDate(run)) {
                return new Prepared.UpToDate();
            }
            return new Prepared.Fresh(note);
        }

        /** The earlier export has this note under the same name, options and formats, and its files are still there. */
        private boolean upToDate(Exporter.Run run) {
            if (!previous.name().equals(item.name()) || !run.optionsDigest().equals(previous.options())
                    || !previous.formats().containsAll(run.formatNames())) {
                return false;
            }
            for (String format : run.formatNames()) {
                if (!Files.isRegularFile(run.out().resolve(format + "/" + item.name() + "." + format))) {
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
                prepared = null;
                inFlight.release(room);
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
