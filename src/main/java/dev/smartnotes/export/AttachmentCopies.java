package dev.smartnotes.export;

import dev.smartnotes.notes.IoFailures;
import dev.smartnotes.notes.Attachment;
import dev.smartnotes.notes.Problem;
import dev.smartnotes.render.Format;
import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The attachments an export copies beside the Markdown: those its notes link to or embed (or every
 * one with --attachments all), each streamed into place atomically on a task of its own, never read
 * whole into memory. An incremental run copies only those whose size or time changed. A file that
 * became a link leading out of the vault since the walk is not copied.
 */
final class AttachmentCopies {
    private AttachmentCopies() {}

    /** What became of one attachment: its result, and its manifest record when it is on disk. */
    record Copied(Attachment attachment, TaskResult result, Manifest.Copy copy) {}

    /** The attachments this run copies. */
    static List<Attachment> needed(ExportRequest request, Walk.Listing listing, Set<String> referenced) {
        if (!request.formats().contains(Format.MD)) {
            return List.of(); // they go beside the Markdown
        }
        return switch (request.rendering().attachments()) {
            case ALL -> listing.found().attachments();
            case REFERENCED -> listing.found().attachments().stream().filter(a -> referenced.contains(a.path())).toList();
            case NONE -> List.of();
        };
    }

    /** The attachments the database lists: those the notes link to or embed (or every one with --attachments all). */
    static List<Attachment> linked(ExportRequest request, Walk.Listing listing, Set<String> referenced) {
        return switch (request.rendering().attachments()) {
            case ALL -> listing.found().attachments();
            case REFERENCED, NONE -> listing.found().attachments().stream().filter(a -> referenced.contains(a.path())).toList();
        };
    }

    /** One attachment's task. */
    static CompletableFuture<Copied> start(RunContext run, Attachment attachment, MemoryBudget.Ticket ticket, Executor executor) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return copy(run, attachment);
            } finally {
                ticket.done();
            }
        }, executor);
    }

    private static Copied copy(RunContext run, Attachment attachment) {
        long start = System.nanoTime();
        String name;
        try {
            name = run.listing().plan().attachmentName(attachment.path());
        } catch (InterruptedException | ExportException e) {
            return new Copied(attachment, new TaskResult.Skipped(), null);
        }
        String file = Format.MD.extension() + "/" + name;
        Manifest.Copy copy = new Manifest.Copy(name, attachment.size(), attachment.modifiedMillis());
        if (run.request().incremental() && copy.equals(run.previous().attachments().get(attachment.path()))
                && Files.isRegularFile(run.out().resolve(file))) {
            return new Copied(attachment, new TaskResult.Unchanged(0), copy);
        }
        try {
            Path source = inside(attachment);
            long waited = run.writer() == null ? 0 : run.writer().copy(file, source);
            TaskResult.Written written = new TaskResult.Written(file, attachment.size(), System.nanoTime() - start - waited);
            long latency = run.request().latency().drawNanos(run.request().seed(), attachment.path().hashCode() * 8L + 7);
            if (latency > 0) {
                run.clock().await(latency);
            }
            return new Copied(attachment, written.plus(latency), copy);
        } catch (InterruptedException | ClosedByInterruptException e) {
            return new Copied(attachment, new TaskResult.Skipped(), null);
        } catch (IOException e) {
            if (run.writer() != null) {
                run.control().stopIfFatal(file, e);
            }
            Problem problem = new Problem(attachment.file().toString(), "cannot copy: " + IoFailures.reason(e));
            return new Copied(attachment, new TaskResult.Failed(problem, System.nanoTime() - start), null);
        }
    }

    /** The attachment's real path, checked to be inside the vault still (no link swapped in since the walk). */
    private static Path inside(Attachment attachment) throws IOException {
        Path real = attachment.file().toRealPath();
        if (!real.startsWith(attachment.base().toRealPath())) {
            throw new IOException("it is now a link to " + real + ", outside the notes folder");
        }
        if (!Files.isRegularFile(real)) {
            throw new IOException("not a file any more");
        }
        return real;
    }
}
