package dev.smartnotes.export;

import dev.smartnotes.notes.IoFailures;
import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.NoteSource;
import dev.smartnotes.notes.Problem;
import dev.smartnotes.render.Format;
import dev.smartnotes.render.NoteGraph;
import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;

/**
 * One (note, format) task: render the note (with its place in the link graph), write its file
 * atomically, give the note's room back, then wait out the simulated latency.
 */
record FormatTask(RunContext run, NoteSource source, Note note, NoteGraph graph, Format format, long latencyNanos,
        MemoryBudget.Ticket ticket) {

    /** The task of one format of a note; its simulated latency is drawn for the note and format, the same for the same seed anywhere. */
    static FormatTask of(RunContext run, NoteSource source, Note note, NoteGraph graph, Format format, MemoryBudget.Ticket ticket) {
        long latency = run.request().latency().drawNanos(run.request().seed(), source.path().hashCode() * 8L + format.ordinal());
        return new FormatTask(run, source, note, graph, format, latency, ticket);
    }

    TaskResult call() {
        TaskResult result;
        try {
            result = run.control().cancelled() ? new TaskResult.Skipped() : write();
        } finally {
            ticket.done();
        }
        return result instanceof TaskResult.Written written && latencyNanos > 0 ? written.plus(awaitLatency()) : result;
    }

    private TaskResult write() {
        long start = System.nanoTime();
        String file = null;
        try {
            byte[] bytes = run.renderers().get(format).render(note, graph);
            long naming = System.nanoTime();
            String name = run.nameOf(source);
            long waited = System.nanoTime() - naming;
            file = format.extension() + "/" + name + "." + format.extension();
            if (run.writer() != null) {
                waited += run.writer().write(file, bytes);
            }
            return new TaskResult.Written(file, bytes.length, System.nanoTime() - start - waited); // waits are not this task's work
        } catch (InterruptedException | ClosedByInterruptException | ExportException e) {
            return new TaskResult.Skipped(); // stopped, or the walk failed (which the run reports)
        } catch (IOException e) {
            run.control().stopIfFatal(file, e);
            return new TaskResult.Failed(new Problem(run.writer().where(file), IoFailures.reason(e)), System.nanoTime() - start);
        } catch (RuntimeException e) {
            if (run.control().stopIfOutOfMemory(e)) {
                return new TaskResult.Skipped();
            }
            return new TaskResult.Failed(new Problem(source.where(), "cannot export: " + e), System.nanoTime() - start);
        }
    }

    /** Waits out the simulated latency; returns how long that took. */
    private long awaitLatency() {
        long start = System.nanoTime();
        try {
            run.clock().await(latencyNanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return System.nanoTime() - start;
    }
}
