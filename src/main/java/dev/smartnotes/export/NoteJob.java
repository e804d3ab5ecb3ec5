package dev.smartnotes.export;

import dev.smartnotes.notes.NoteSource;
import dev.smartnotes.render.Format;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;

/**
 * The tasks of one note: a read task decides what the note needs ({@link NoteReader}); a fresh
 * note then gets one {@link FormatTask} per format, each on the executor of its own; their results
 * make the note's {@link NoteOutcome}. Nothing blocks between the tasks, so the same code runs on a
 * virtual thread per task, on a pool, or one task after another on the calling thread.
 */
record NoteJob(RunContext run, NoteSource source, MemoryBudget.Ticket ticket, Executor executor) {

    CompletableFuture<NoteOutcome> start() {
        return CompletableFuture.supplyAsync(() -> NoteReader.prepare(source, run), executor)
                .thenCompose(this::export)
                .whenComplete((outcome, failure) -> ticket.release()); // a note whose tasks never ran gives its room back too
    }

    private CompletableFuture<NoteOutcome> export(Prepared prepared) {
        Manifest.Entry previous = run.previous().notes().get(source.path());
        return switch (prepared) {
            case Prepared.Fresh fresh -> write(fresh, previous);
            case Prepared.UpToDate upToDate -> done(upToDate.nanos(), new TaskResult.Unchanged(0), previous, upToDate.entry());
            case Prepared.Excluded excluded -> done(excluded.nanos(), new TaskResult.Excluded(), previous, null);
            case Prepared.Failed failed -> done(failed.nanos(), new TaskResult.Failed(failed.problem(), 0), previous, null);
            case Prepared.Stopped stopped -> done(0, new TaskResult.Skipped(), previous, null);
        };
    }

    /** The outcome of a note that needs no format task: every format has the same result. */
    private CompletableFuture<NoteOutcome> done(long readNanos, TaskResult result, Manifest.Entry previous, Manifest.Entry entry) {
        List<TaskResult> results = Collections.nCopies(run.renderers().size(), result);
        return CompletableFuture.completedFuture(new NoteOutcome(source.path(), readNanos, results, previous, entry));
    }

    private CompletableFuture<NoteOutcome> write(Prepared.Fresh fresh, Manifest.Entry previous) {
        List<Format> formats = List.copyOf(run.renderers().keySet());
        List<CompletableFuture<TaskResult>> tasks = IntStream.range(0, formats.size())
                .mapToObj(i -> new FormatTask(run, source, fresh.note(), formats.get(i), latency(i), ticket))
                .map(task -> CompletableFuture.supplyAsync(task::call, executor))
                .toList();
        return CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new)).thenApply(all -> {
            List<TaskResult> results = tasks.stream().map(CompletableFuture::join).toList();
            return new NoteOutcome(source.path(), fresh.nanos(), results, previous, entry(fresh, results));
        });
    }

    /** The manifest entry of a note whose every file was written; the walk has named it by then. */
    private Manifest.Entry entry(Prepared.Fresh fresh, List<TaskResult> results) {
        if (!results.stream().allMatch(r -> r instanceof TaskResult.Written)) {
            return null;
        }
        String name = run.walked().join().plan().nameOf(source);
        return new Manifest.Entry(name, run.formatNames(), NoteReader.size(source), NoteReader.modified(source), fresh.hash(),
                run.optionsDigest());
    }

    /** The simulated latency of one format's write: drawn for the note and format, so the same seed gives a note the same wait anywhere. */
    private long latency(int format) {
        return run.request().latency().drawNanos(run.request().seed(), source.path().hashCode() * 8L + format);
    }
}
