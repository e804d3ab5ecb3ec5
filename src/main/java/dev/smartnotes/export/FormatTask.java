package dev.smartnotes.export;

import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.NoteSource;
import dev.smartnotes.notes.Problem;
import dev.smartnotes.render.Format;
import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * One (note, format) task: render the note, write its file atomically once the walk has named it,
 * give the note's room back, then wait out the simulated latency.
 */
record FormatTask(RunContext run, NoteSource source, Note note, Format format, long latencyNanos, MemoryBudget.Ticket ticket) {

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
            byte[] bytes = run.renderers().get(format).render(note);
            long naming = System.nanoTime();
            String name = run.nameOf(source); // rendering does not need the name: the walk may still go on meanwhile
            long waited = System.nanoTime() - naming;
            file = format.extension() + "/" + name + "." + format.extension();
            if (run.writer() != null) {
                waited += run.writer().write(file, bytes);
            }
            return new TaskResult.Written(file, bytes.length, System.nanoTime() - start - waited); // waits are not this task's work
        } catch (InterruptedException | ClosedByInterruptException | ExportException e) {
            return new TaskResult.Skipped(); // stopped, or the walk failed (which the run reports)
        } catch (IOException e) {
            if (fatal(e)) {
                run.control().cancel(fatalMessage(file, e));
            }
            return new TaskResult.Failed(new Problem(run.writer().where(file), OutputFolder.reason(e)), System.nanoTime() - start);
        } catch (RuntimeException e) {
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
}
