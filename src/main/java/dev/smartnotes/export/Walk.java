package dev.smartnotes.export;

import dev.smartnotes.links.Digest;
import dev.smartnotes.links.Digests;
import dev.smartnotes.links.VaultIndex;
import dev.smartnotes.notes.Attachment;
import dev.smartnotes.notes.IoFailures;
import dev.smartnotes.notes.NoteLoader;
import dev.smartnotes.notes.NoteSource;
import dev.smartnotes.notes.SampleGenerator;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The walk over --notes, on a thread of its own: it hands the notes that --include and --exclude
 * let through to the run in batches as it finds them, so that the first notes are read while it
 * goes on; once it is over it plans every file's output name ({@link ExportPlan}, made over every
 * file found, so that a filter never changes a name), indexes their names for the links
 * ({@link VaultIndex}) and completes the {@link #listing}.
 */
final class Walk {
    /**
     * The notes and other files found, the plan of their output names, the index that resolves links to
     * them, and a digest of what decides the link graph in a run without --tag, --skip-tag or --since:
     * every file's path, which notes --include and --exclude let through, and the export's choices
     * (see {@link UnchangedCollection}).
     */
    record Listing(NoteLoader.Found found, ExportPlan plan, VaultIndex index, Digest digest) {
        /** The notes --include and --exclude let through, in the run's order (the places of their rows in the collection files). */
        List<NoteSource> exported(NoteFilter filter) {
            return found.sources().stream().filter(source -> filter.acceptsPath(source.path())).toList();
        }
    }

    private static final List<NoteSource> END = List.of();

    private final BlockingQueue<List<NoteSource>> batches = new LinkedBlockingQueue<>();
    final CompletableFuture<Listing> listing = new CompletableFuture<>();

    /** Starts walking on a virtual thread of its own. */
    static Walk start(ExportRequest request, RunControl control, Progress progress) {
        Walk walk = new Walk();
        Thread.ofVirtual().name("find-notes").start(() -> walk.run(request, control, progress));
        return walk;
    }

    /**
     * The notes as the walk finds them: iterating waits for the walk, and ends when it does (or when
     * the thread is interrupted, which stops a run).
     */
    Iterable<NoteSource> notes() {
        return () -> new java.util.Iterator<>() {
            private java.util.Iterator<NoteSource> batch = java.util.Collections.emptyIterator();
            private boolean over;

            @Override
            public boolean hasNext() {
                while (!batch.hasNext() && !over) {
                    try {
                        List<NoteSource> next = nextBatch();
                        over = next.isEmpty();
                        batch = next.iterator();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        over = true;
                    }
                }
                return batch.hasNext();
            }

            @Override
            public NoteSource next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return batch.next();
            }
        };
    }

    /** The next batch of notes, waiting for the walk to find them; empty once the walk is over. */
    private List<NoteSource> nextBatch() throws InterruptedException {
        List<NoteSource> batch = batches.take();
        if (batch.isEmpty()) {
            batches.add(END); // every later call sees the end too
        }
        return batch;
    }

    private void run(ExportRequest request, RunControl control, Progress progress) {
        try {
            NoteLoader.Found found = find(request, control, batch -> {
                List<NoteSource> exported = batch.stream().filter(source -> request.filter().acceptsPath(source.path())).toList();
                if (!exported.isEmpty()) {
                    batches.add(exported);
                }
            });
            long exported = found.sources().stream().filter(source -> request.filter().acceptsPath(source.path())).count();
            // The bar knows its end as soon as the walk does: a step per file of a note, and per row of a collection file.
            progress.total(exported * (request.formats().size() + request.rendering().collections().size()));
            VaultIndex index = VaultIndex.of(Stream.concat(found.sources().stream().map(NoteSource::path),
                    found.attachments().stream().map(Attachment::path)).toList());
            // The digest is made on a thread of its own beside the plan: both go over every path, and the run waits for both.
            FutureTask<Digest> digest = new FutureTask<>(() -> digest(request, found));
            Thread.ofVirtual().name("collection-digest").start(digest);
            ExportPlan plan = ExportPlan.of(found.sources(), found.attachments());
            listing.complete(new Listing(found, plan, index, digest.get()));
        } catch (ExecutionException e) {
            listing.completeExceptionally(e.getCause()); // such as running out of memory, which the run stops on as anywhere else
        } catch (Throwable e) {
            listing.completeExceptionally(e);
        } finally {
            batches.add(END);
        }
    }

    private static Digest digest(ExportRequest request, NoteLoader.Found found) {
        return Digests.sha256(Stream.of(Stream.of("render " + RunContext.RENDER_VERSION, request.rendering().choices()),
                found.sources().stream().map(source -> (request.filter().acceptsPath(source.path()) ? "note " : "left-out note ") + source.path()),
                found.attachments().stream().map(attachment -> "attachment " + attachment.path())).flatMap(texts -> texts));
    }

    private static NoteLoader.Found find(ExportRequest request, RunControl control, Consumer<List<NoteSource>> found)
            throws ExportException {
        if (request.notes() == null) {
            List<NoteSource> demo = List.copyOf(SampleGenerator.demo());
            found.accept(demo);
            return new NoteLoader.Found(demo, List.of());
        }
        try {
            // The whole --out is skipped, also in compare mode.
            return NoteLoader.find(request.notes(), request.out(), request.maxNoteBytes(), found, control::cancelled);
        } catch (IOException e) {
            throw new ExportException(ExportException.Kind.IO, "cannot read --notes " + request.notes() + ": " + IoFailures.reason(e));
        }
    }
}
