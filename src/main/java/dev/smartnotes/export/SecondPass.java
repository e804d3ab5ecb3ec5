package dev.smartnotes.export;

import dev.smartnotes.collect.CollectionFormat;
import dev.smartnotes.links.Digest;
import dev.smartnotes.links.LinkRewriter;
import dev.smartnotes.links.LinkScanner;
import dev.smartnotes.links.LinkSummary;
import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.NoteSource;
import dev.smartnotes.render.Format;
import dev.smartnotes.render.NoteGraph;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A note's second pass, once the first has read every note: the formats that show the whole link
 * graph (JSON and CSV: links and backlinks), each on a task of its own, and the note's row in each
 * whole-collection file, also on a task of its own; also the Markdown when which notes are exported
 * was known only after the first pass. An incremental run reads the note again only if it, its place
 * in the graph or its links changed.
 *
 * @param index the note's place in the run's list of notes, which orders the collection files' rows
 */
record SecondPass(RunContext run, LinkGraph graph, Linked linked, long index, MemoryBudget.Ticket ticket, Executor executor) {

    /**
     * What the pass needs of the note: its text again, or nothing (its files and rows are up to date).
     * {@code filesCurrent}: its files are, and only its rows in the collection files are to be written.
     * {@code previous}: the note's entry in the manifest before this run, or null.
     */
    private record Plan(Prepared prepared, Manifest.Entry previous, String name, LinkRewriter rewriter, LinkSummary links, Digest digest,
            boolean filesCurrent) {}

    /**
     * The place of a note the first pass did not export (it failed, was left out or the run stopped):
     * the collection files skip it, on the executor, since a skip may wait for the rows before it.
     */
    static CompletableFuture<NoteOutcome> skip(RunContext run, NoteSource source, long index, MemoryBudget.Ticket ticket, Executor executor) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                run.collections().skip(index);
            } catch (InterruptedException e) {
                // Stopped: the collection files are not completed.
            }
            return new NoteOutcome(source.path(), 0, List.of(), null, null, null, false);
        }, executor).whenComplete((outcome, failure) -> ticket.release()); // it holds no note, but the budget gave it room
    }

    CompletableFuture<NoteOutcome> start() {
        return CompletableFuture.supplyAsync(this::plan, executor)
                .thenCompose(this::write)
                .whenComplete((outcome, failure) -> ticket.release());
    }

    private NoteSource source() {
        return linked.source();
    }

    private Plan plan() {
        Manifest.Entry previous = run.previous().notes().get(source().path());
        String name;
        VaultLinks links;
        try {
            name = run.nameOf(source());
            links = run.links();
        } catch (InterruptedException | ExportException e) {
            return new Plan(new Prepared.Stopped(), previous, null, null, null, null, false);
        }
        LinkRewriter rewriter = links.rewriter(graph::exported);
        LinkSummary summary = rewriter.summarize(source().path(), linked.targets());
        Digest digest = graph.digest(source(), summary);
        List<Format> second = run.passes().second();
        boolean filesCurrent = run.request().incremental() && !linked.changed() && previous != null && digest.equals(previous.graph())
                && run.onDisk(previous, source().path(), name, second)
                && (!second.contains(Format.MD) || links.leadWhereTheyLed(rewriter, source().path(), previous));
        boolean upToDate = filesCurrent && run.collections().current(previous);
        Prepared prepared = upToDate ? new Prepared.UpToDate(previous, 0) : NoteReader.again(source(), run);
        return new Plan(prepared, previous, name, rewriter, summary, digest, filesCurrent);
    }

    private CompletableFuture<NoteOutcome> write(Plan plan) {
        return switch (plan.prepared()) {
            case Prepared.Fresh fresh -> write(fresh, plan);
            case Prepared.UpToDate upToDate -> done(plan, upToDate.nanos(), new TaskResult.Unchanged(0), entry(plan, name -> true));
            case Prepared.Failed failed -> done(plan, failed.nanos(), new TaskResult.Failed(failed.problem(), 0), null);
            case Prepared.Excluded excluded -> done(plan, excluded.nanos(), new TaskResult.Excluded(), null);
            case Prepared.Stopped stopped -> done(plan, 0, new TaskResult.Skipped(), null);
        };
    }

    /** A note that gives no row this run: the formats all have {@code result}, each collection file skips its place. */
    private CompletableFuture<NoteOutcome> done(Plan plan, long nanos, TaskResult result, Manifest.Entry entry) {
        TaskResult rows = result;
        try {
            run.collections().skip(index);
            rows = result instanceof TaskResult.Unchanged ? new TaskResult.Row(0) : result; // merged: its earlier rows stay
        } catch (InterruptedException e) {
            rows = new TaskResult.Skipped();
        }
        List<TaskResult> results = Stream.concat(Collections.nCopies(run.passes().second().size(), result).stream(),
                Collections.nCopies(run.passes().collections().size(), rows).stream()).toList();
        return CompletableFuture.completedFuture(new NoteOutcome(source().path(), nanos, results, null, plan.previous(), entry,
                linked.firstOnDisk() && results.stream().allMatch(TaskResult::onDisk)));
    }

    private CompletableFuture<NoteOutcome> write(Prepared.Fresh fresh, Plan plan) {
        Note note = fresh.note();
        Note markdown = note;
        if (run.passes().second().contains(Format.MD) && LinkScanner.mayHoldLinks(note.body())) {
            String body = note.body().text();
            String rewritten = plan.rewriter().rewrite(source().path(), plan.name() + ".md", body).body();
            markdown = rewritten.equals(body) ? note : note.withBody(rewritten);
        }
        Note forMarkdown = markdown;
        NoteGraph place = graph.of(source(), plan.links());
        Stream<CompletableFuture<TaskResult>> files = run.passes().second().stream()
                .map(format -> format == Format.MD ? FormatTask.of(run, source(), forMarkdown, NoteGraph.NONE, format, ticket)
                        : FormatTask.of(run, source(), note, place, format, ticket))
                .map(task -> plan.filesCurrent() ? unchanged() : CompletableFuture.supplyAsync(task::call, executor));
        Stream<CompletableFuture<TaskResult>> rows = run.passes().collections().stream()
                .map(format -> row(format, note, place));
        List<CompletableFuture<TaskResult>> tasks = Stream.concat(files, rows).toList();
        return CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new)).thenApply(all -> {
            List<TaskResult> results = tasks.stream().map(CompletableFuture::join).toList();
            Set<String> onDisk = Passes.onDisk(run.passes().secondNames(), results);
            return new NoteOutcome(source().path(), fresh.nanos(), results, null, plan.previous(), entry(plan, onDisk::contains),
                    linked.firstOnDisk() && results.stream().allMatch(TaskResult::onDisk));
        });
    }

    /** A file of the note that is up to date (only its rows are written): its part of the note's room goes back at once. */
    private CompletableFuture<TaskResult> unchanged() {
        ticket.done();
        return CompletableFuture.completedFuture(new TaskResult.Unchanged(0));
    }

    /** The note's row for one collection file; the task gives its part of the note's room back when done. */
    private CompletableFuture<TaskResult> row(CollectionFormat format, Note note, NoteGraph place) {
        if (run.control().cancelled()) {
            ticket.done();
            return CompletableFuture.completedFuture(new TaskResult.Skipped());
        }
        return run.collections().put(format, index, source(), note, place, executor).whenComplete((result, failure) -> ticket.done());
    }

    /**
     * The note's manifest entry for what holds it as this run wrote it: the first pass's files if they
     * are on disk, and the formats and collection files of this pass that {@code written} tells; null
     * if nothing of this pass is (the first pass's entry stands).
     */
    private Manifest.Entry entry(Plan plan, Predicate<String> written) {
        List<String> first = run.passes().firstNames();
        List<String> formats = run.formatNames(name -> first.contains(name) ? linked.firstOnDisk() : written.test(name));
        if (formats.isEmpty() || formats.size() == first.size() && linked.firstOnDisk()) {
            return null;
        }
        boolean markdownFirst = run.passes().first().contains(Format.MD);
        Digest fingerprint;
        try {
            fingerprint = (markdownFirst ? run.links().rewriter() : plan.rewriter()).fingerprint(source().path(), linked.targets());
        } catch (InterruptedException | ExportException e) {
            return null;
        }
        Digest hash = linked.hash() != null ? linked.hash() : !linked.changed() && plan.previous() != null ? plan.previous().hash() : null;
        return Manifest.Entry.of(source().path(), plan.name(), formats, NoteReader.size(source()), NoteReader.modified(source()), hash,
                run.optionsDigest(), linked.targets(), fingerprint, plan.digest());
    }
}
