package dev.smartnotes.export;

import dev.smartnotes.collect.AttachmentRow;
import dev.smartnotes.collect.CollectionException;
import dev.smartnotes.collect.CollectionFormat;
import dev.smartnotes.collect.CollectionWriter;
import dev.smartnotes.collect.Options;
import dev.smartnotes.collect.Previous;
import dev.smartnotes.collect.Result;
import dev.smartnotes.collect.Row;
import dev.smartnotes.notes.Attachment;
import dev.smartnotes.notes.IoFailures;
import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.NoteSource;
import dev.smartnotes.notes.Problem;
import dev.smartnotes.render.NoteGraph;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The run's whole-collection files (--format table, jsonl, sqlite), one writer each: opened before
 * the passes, fed a row per note by the second pass's tasks (or told to skip the note's position),
 * and finished once every note is in, which renames each file into place. An incremental run merges
 * into the earlier file when it can; a file whose earlier rows cannot be trusted is written whole.
 */
final class CollectionFiles implements AutoCloseable {
    private final Path out;
    private final Map<CollectionFormat, CollectionWriter> writers;
    private final List<Problem> problems;
    private final boolean merging;

    private CollectionFiles(Path out, Map<CollectionFormat, CollectionWriter> writers, List<Problem> problems) {
        this.out = out;
        this.writers = writers;
        this.problems = problems;
        this.merging = writers.values().stream().allMatch(CollectionWriter::merging);
    }

    /**
     * Opens the writers of the run's collection files in {@code out}. A {@code notes.sqlite} that is
     * not ours is refused like a foreign folder (unless --force); one that another program holds is
     * the run's problem: the other files are written, that one keeps its earlier content.
     */
    static CollectionFiles open(ExportRequest request, Path out, Passes passes) throws ExportException {
        Options options = Options.of(request.rendering().csv(), request.force(), request.fsync(), request.dryRun());
        Previous previous = request.incremental() ? Previous.MERGE : Previous.REPLACE;
        Map<CollectionFormat, CollectionWriter> writers = new EnumMap<>(CollectionFormat.class);
        List<Problem> problems = new ArrayList<>();
        try {
            for (CollectionFormat format : passes.collections()) {
                try {
                    writers.put(format, CollectionWriter.open(format, out, options, previous));
                } catch (CollectionException e) {
                    if (e.kind() == CollectionException.Kind.FOREIGN) {
                        throw new ExportException(ExportException.Kind.USAGE, e.getMessage());
                    }
                    problems.add(new Problem(out.resolve(format.fileName()).toString(), e.getMessage()));
                } catch (IOException e) {
                    problems.add(new Problem(out.resolve(format.fileName()).toString(), "cannot write: " + IoFailures.reason(e)));
                }
            }
        } catch (ExportException e) {
            writers.values().forEach(CollectionWriter::close);
            throw e;
        }
        return new CollectionFiles(out, writers, problems);
    }

    /**
     * Whether the note's rows in every collection file are as its earlier entry says (the files merge,
     * and the entry lists them all): only then may an unchanged note give no row.
     */
    boolean current(Manifest.Entry previous) {
        return merging && writers.keySet().stream().allMatch(format -> previous.formats().contains(format.toString()));
    }

    /** The row of the note at position {@code index} of the run's list, handed to one file's writer on a task of its own. */
    CompletableFuture<TaskResult> put(CollectionFormat format, long index, NoteSource source, Note note, NoteGraph graph, Executor executor) {
        CollectionWriter writer = writers.get(format);
        if (writer == null) { // the file could not be opened, which the run reports once; no entry will claim its row
            return CompletableFuture.completedFuture(new TaskResult.Row(0));
        }
        return CompletableFuture.supplyAsync(() -> {
            long start = System.nanoTime();
            try {
                Optional<Problem> refused = writer.put(new Row(index, note, graph));
                if (refused.isPresent()) {
                    writer.remove(note.path()); // merging: no earlier row stays in its place either
                    return new TaskResult.Failed(new Problem(source.where(), refused.get().reason()), System.nanoTime() - start);
                }
                return new TaskResult.Row(System.nanoTime() - start);
            } catch (InterruptedException e) {
                return new TaskResult.Skipped();
            }
        }, executor);
    }

    /** The note at position {@code index} gives no row this run (merging, its earlier row stays). */
    void skip(long index) throws InterruptedException {
        for (CollectionWriter writer : writers.values()) {
            writer.skip(index);
        }
    }

    /** The notes gone from the collection: their rows go from the files that merge and hold them, as {@code previous} says. */
    void remove(Collection<String> paths, Manifest previous) throws InterruptedException {
        for (Map.Entry<CollectionFormat, CollectionWriter> writer : writers.entrySet()) {
            for (String path : paths) {
                if (previous.notes().get(path).formats().contains(writer.getKey().toString())) {
                    writer.getValue().remove(path);
                }
            }
        }
    }

    /** Whether the attachment's row is to be put: the database does not list it as it is (merging: its earlier row stays). */
    boolean due(Attachment attachment) {
        return !writers.get(CollectionFormat.SQLITE).lists(attachment.path(), attachment.size(), attachment.modifiedMillis());
    }

    /** Whether the database takes attachments: only it has a table of them. */
    boolean wantsAttachments() {
        return writers.containsKey(CollectionFormat.SQLITE);
    }

    /**
     * An attachment's row for the database (its size and SHA-256, read streaming), on a task of its
     * own; a file that cannot be read is a problem.
     */
    CompletableFuture<Optional<Problem>> attach(Attachment attachment, MemoryBudget.Ticket ticket, Executor executor) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                writers.get(CollectionFormat.SQLITE).put(AttachmentRow.of(attachment.path(), attachment.file()));
                return Optional.empty();
            } catch (IOException e) {
                return Optional.of(new Problem(attachment.file().toString(), "not in notes.sqlite: " + IoFailures.reason(e)));
            } catch (InterruptedException e) {
                return Optional.<Problem>empty(); // stopped: the database is not completed
            } finally {
                ticket.done();
            }
        }, executor);
    }

    /**
     * The outcome of the files once every note is in.
     *
     * @param finished the files (as --format names them) whose rows are now as this run's manifest entries say
     * @param rebuilt those of them written whole: they hold no row of the notes this run gave none
     */
    record Finished(List<Result> results, List<Problem> problems, Set<String> finished, Set<String> rebuilt) {
        /** No file completed (a stopped run). */
        static final Finished NONE = new Finished(List.of(), List.of(), Set.of(), Set.of());
    }

    /** Completes every file and renames it into place; a file that fails keeps its earlier content, and is the run's problem. */
    Finished finish() throws InterruptedException {
        List<Result> results = new ArrayList<>();
        List<Problem> failed = new ArrayList<>(problems);
        Set<String> finished = new HashSet<>();
        Set<String> rebuilt = new HashSet<>();
        for (Map.Entry<CollectionFormat, CollectionWriter> writer : writers.entrySet()) {
            try {
                results.add(writer.getValue().finish());
                finished.add(writer.getKey().toString());
                if (!writer.getValue().merging()) {
                    rebuilt.add(writer.getKey().toString());
                }
            } catch (IOException e) {
                failed.add(new Problem(out.resolve(writer.getKey().fileName()).toString(), IoFailures.reason(e)));
            }
        }
        return new Finished(results, failed, finished, rebuilt);
    }

    /** Aborts every file not finished: its earlier content stays. */
    @Override
    public void close() {
        writers.values().forEach(CollectionWriter::close);
    }
}
