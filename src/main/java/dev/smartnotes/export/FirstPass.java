package dev.smartnotes.export;

import dev.smartnotes.links.Digest;
import dev.smartnotes.links.LinkRewriter;
import dev.smartnotes.links.LinkScanner;
import dev.smartnotes.links.LinkSummary;
import dev.smartnotes.links.LinkTargets;
import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.NoteSource;
import dev.smartnotes.render.Format;
import dev.smartnotes.render.NoteGraph;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * A note's first pass: read it (or find it as the earlier export left it), find its links, and write
 * the formats that need only the names of the vault's files (the Markdown, its links rewritten), each
 * format on a task of its own. Its outcome goes to the tally; an exported note's links go on to the
 * second pass ({@link Linked}).
 */
record FirstPass(RunContext run, NoteSource source, MemoryBudget.Ticket ticket, Executor executor) {

    /** The note's outcome, and its links for the second pass (null for a note that is not exported). */
    record Result(NoteSource source, NoteOutcome outcome, Linked linked) {}

    CompletableFuture<Result> start() {
        return CompletableFuture.supplyAsync(() -> NoteReader.first(source, run), executor)
                .thenCompose(this::links)
                .whenComplete((result, failure) -> ticket.release()); // a note whose tasks never ran gives its room back too
    }

    private CompletableFuture<Result> links(Prepared prepared) {
        Manifest.Entry previous = run.previous().notes().get(source.path());
        return switch (prepared) {
            case Prepared.Fresh fresh -> write(fresh, previous);
            case Prepared.UpToDate upToDate -> unchanged(upToDate, previous);
            case Prepared.Excluded excluded -> notExported(excluded.nanos(), new TaskResult.Excluded(), previous);
            case Prepared.Failed failed -> notExported(failed.nanos(), new TaskResult.Failed(failed.problem(), 0), previous);
            case Prepared.Stopped stopped -> notExported(0, new TaskResult.Skipped(), previous);
        };
    }

    /**
     * A note that goes no further: every output of the note in this run, its files and its rows in
     * the collection files, has the same result (so that a run of collection files alone reports a
     * note that failed too).
     */
    private CompletableFuture<Result> notExported(long nanos, TaskResult result, Manifest.Entry previous) {
        List<TaskResult> results = Collections.nCopies(run.renderers().size() + run.passes().collections().size(), result);
        return CompletableFuture.completedFuture(new Result(source, new NoteOutcome(source.path(), nanos, results, null, previous, null, false), null));
    }

    private CompletableFuture<Result> write(Prepared.Fresh fresh, Manifest.Entry previous) {
        LinkRewriter rewriter;
        String name;
        try {
            rewriter = run.links().rewriter();
            name = run.nameOf(source);
        } catch (InterruptedException | ExportException e) {
            return notExported(fresh.nanos(), new TaskResult.Skipped(), previous);
        }
        Note note = fresh.note();
        String body = LinkScanner.mayHoldLinks(note.body()) ? note.body().text() : "";
        LinkTargets targets;
        LinkSummary summary;
        if (body.isEmpty()) {
            targets = LinkTargets.NONE; // no link: nothing to find, nothing to rewrite, the body not even decoded
            summary = LinkSummary.EMPTY;
        } else if (run.passes().first().contains(Format.MD)) {
            LinkRewriter.Result rewritten = rewriter.rewrite(source.path(), name + ".md", body);
            targets = rewritten.targets();
            summary = rewritten.summary();
            note = rewritten.body().equals(body) ? note : note.withBody(rewritten.body());
        } else {
            LinkRewriter.Scan scan = rewriter.scan(source.path(), body);
            targets = scan.targets();
            summary = scan.summary();
        }
        if (!run.passes().firstIsLast()) {
            run.cache().offer(source, fresh.note());
        }
        Note written = note;
        List<CompletableFuture<TaskResult>> tasks = run.passes().first().stream()
                .map(format -> FormatTask.of(run, source, written, NoteGraph.NONE, format, ticket))
                .map(task -> CompletableFuture.supplyAsync(task::call, executor))
                .toList();
        return CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new)).thenApply(all -> {
            List<TaskResult> results = tasks.stream().map(CompletableFuture::join).toList();
            Linked linked = new Linked(source, targets, fresh.hash(), fresh.changed(), results.stream().allMatch(TaskResult::onDisk));
            List<String> onDisk = run.formatNames(Passes.onDisk(run.passes().firstNames(), results)::contains);
            Manifest.Entry entry = onDisk.isEmpty() ? null : entry(name, onDisk, linked, rewriter.fingerprint(source.path(), targets));
            return new Result(source, new NoteOutcome(source.path(), fresh.nanos(), results, summary, previous, entry,
                    run.passes().firstIsLast() && linked.firstOnDisk()), linked);
        });
    }

    /** A note the earlier export left up to date for this pass: its links resolved again from the manifest, nothing read. */
    private CompletableFuture<Result> unchanged(Prepared.UpToDate upToDate, Manifest.Entry previous) {
        Manifest.Entry known = upToDate.entry();
        LinkSummary summary;
        try {
            summary = run.links().rewriter().summarize(source.path(), known.targets());
        } catch (InterruptedException | ExportException e) {
            return notExported(upToDate.nanos(), new TaskResult.Skipped(), previous);
        }
        Linked linked = new Linked(source, known.targets(), known.hash(), false, true);
        List<TaskResult> results = Collections.nCopies(run.passes().first().size(), new TaskResult.Unchanged(0));
        List<String> onDisk = run.formatNames(run.passes().firstNames()::contains);
        Manifest.Entry entry = onDisk.isEmpty() ? null : entry(known.name(source.path()), onDisk, linked, known.links());
        return CompletableFuture.completedFuture(new Result(source, new NoteOutcome(source.path(), upToDate.nanos(), results, summary, previous, entry,
                run.passes().firstIsLast()), linked));
    }

    /** The note's entry for the files of {@code formats}, which are on disk; the second pass replaces it with its own. */
    private Manifest.Entry entry(String name, List<String> formats, Linked linked, Digest fingerprint) {
        return Manifest.Entry.of(source.path(), name, formats, NoteReader.size(source), NoteReader.modified(source), linked.hash(),
                run.optionsDigest(), linked.targets(), fingerprint, null);
    }
}
