package dev.smartnotes.export;

import dev.smartnotes.links.LinkRewriter;
import dev.smartnotes.links.LinkScanner;
import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.NoteSource;
import dev.smartnotes.render.Format;
import dev.smartnotes.render.NoteGraph;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Predicate;

/**
 * A note's second pass, once the first has read every note: the formats that show the whole link
 * graph (JSON and CSV: links and backlinks), each on a task of its own; also the Markdown when which
 * notes are exported was known only after the first pass. An incremental run reads the note again
 * only if it, its place in the graph or its links changed.
 */
record SecondPass(RunContext run, LinkGraph graph, Linked linked, MemoryBudget.Ticket ticket, Executor executor) {

    /** What the pass needs of the note: its text again, or nothing (its files are up to date). */
    private record Plan(Prepared prepared, String name, LinkRewriter rewriter, String digest) {}

    CompletableFuture<NoteOutcome> start() {
        return CompletableFuture.supplyAsync(this::plan, executor)
                .thenCompose(this::write)
                .whenComplete((outcome, failure) -> ticket.release());
    }

    private NoteSource source() {
        return linked.source();
    }

    private Plan plan() {
        String name;
        VaultLinks links;
        try {
            name = run.nameOf(source());
            links = run.links();
        } catch (InterruptedException | ExportException e) {
            return new Plan(new Prepared.Stopped(), null, null, null);
        }
        LinkRewriter rewriter = links.rewriter(graph::exported);
        String digest = graph.digest(linked);
        Manifest.Entry previous = previous();
        List<Format> second = run.passes().second();
        boolean upToDate = run.request().incremental() && !linked.changed() && previous != null && digest.equals(previous.graph())
                && run.onDisk(previous, name, second)
                && (!second.contains(Format.MD) || links.leadWhereTheyLed(rewriter, source().path(), previous));
        Prepared prepared = upToDate ? new Prepared.UpToDate(previous, 0) : NoteReader.again(source(), run);
        return new Plan(prepared, name, rewriter, digest);
    }

    private Manifest.Entry previous() {
        return run.previous().notes().get(source().path());
    }

    private CompletableFuture<NoteOutcome> write(Plan plan) {
        return switch (plan.prepared()) {
            case Prepared.Fresh fresh -> write(fresh, plan);
            case Prepared.UpToDate upToDate -> done(upToDate.nanos(), new TaskResult.Unchanged(0), entry(plan, format -> true));
            case Prepared.Failed failed -> done(failed.nanos(), new TaskResult.Failed(failed.problem(), 0), null);
            case Prepared.Excluded excluded -> done(excluded.nanos(), new TaskResult.Excluded(), null);
            case Prepared.Stopped stopped -> done(0, new TaskResult.Skipped(), null);
        };
    }

    private CompletableFuture<NoteOutcome> done(long nanos, TaskResult result, Manifest.Entry entry) {
        List<TaskResult> results = Collections.nCopies(run.passes().second().size(), result);
        return CompletableFuture.completedFuture(new NoteOutcome(source().path(), nanos, results, null, previous(), entry,
                linked.firstOnDisk() && result.onDisk()));
    }

    private CompletableFuture<NoteOutcome> write(Prepared.Fresh fresh, Plan plan) {
        Note note = fresh.note();
        Note markdown = note;
        if (run.passes().second().contains(Format.MD) && LinkScanner.mayHoldLinks(note.body()::contains)) {
            String body = note.body().text();
            String rewritten = plan.rewriter().rewrite(source().path(), plan.name() + ".md", body).body();
            markdown = rewritten.equals(body) ? note : note.withBody(rewritten);
        }
        Note forMarkdown = markdown;
        List<CompletableFuture<TaskResult>> tasks = run.passes().second().stream()
                .map(format -> format == Format.MD ? FormatTask.of(run, source(), forMarkdown, NoteGraph.NONE, format, ticket)
                        : FormatTask.of(run, source(), note, graph.of(linked), format, ticket))
                .map(task -> CompletableFuture.supplyAsync(task::call, executor))
                .toList();
        return CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new)).thenApply(all -> {
            List<TaskResult> results = tasks.stream().map(CompletableFuture::join).toList();
            List<Format> second = run.passes().second();
            Manifest.Entry entry = entry(plan, format -> results.get(second.indexOf(format)).onDisk());
            return new NoteOutcome(source().path(), fresh.nanos(), results, null, previous(), entry,
                    linked.firstOnDisk() && results.stream().allMatch(TaskResult::onDisk));
        });
    }

    /**
     * The note's manifest entry for its files on disk: the first pass's if they are, and those of the
     * formats of this pass that {@code written} tells; null if none is (the first pass's entry stands).
     */
    private Manifest.Entry entry(Plan plan, Predicate<Format> written) {
        List<Format> first = run.passes().first();
        List<String> formats = run.formatNames(format -> first.contains(format) ? linked.firstOnDisk() : written.test(format));
        if (formats.isEmpty() || formats.size() == first.size() && linked.firstOnDisk()) {
            return null;
        }
        boolean markdownFirst = run.passes().first().contains(Format.MD);
        String fingerprint;
        try {
            fingerprint = (markdownFirst ? run.links().rewriter() : plan.rewriter()).fingerprint(source().path(), linked.targets());
        } catch (InterruptedException | ExportException e) {
            return null;
        }
        String hash = linked.hash() != null ? linked.hash() : !linked.changed() && previous() != null ? previous().hash() : null;
        return new Manifest.Entry(plan.name(), formats, NoteReader.size(source()), NoteReader.modified(source()), hash,
                run.optionsDigest(), linked.targets(), fingerprint, plan.digest());
    }
}
