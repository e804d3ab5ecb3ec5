package dev.smartnotes.export;

import dev.smartnotes.links.LinkRewriter;
import dev.smartnotes.links.LinkSummary;
import dev.smartnotes.notes.NoteSource;
import dev.smartnotes.render.Format;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An incremental run over a collection in which nothing changed since the manifest was written: the
 * same files, the same notes let through, the same choices (the manifest's digest of them, see
 * {@link Manifest#collection()}), every note the size and time its entry records, exported under the
 * same name and options, and its files on disk. Then every link leads where it led and the link graph
 * is the one the entries were written for, so no note is read and the graph is not made again: a
 * note costs a look at its entry and a {@code stat} of each of its files, and its outcome is what the
 * two passes would find, every format unchanged. A collection in which anything changed goes through
 * the passes, which find what did.
 *
 * @param notes the notes that --include and --exclude let through, in the run's order
 * @param entries their entries, in the same order
 */
record Unchanged(List<NoteSource> notes, List<Manifest.Entry> entries) {

    /** The run's notes and their entries if nothing changed; empty if anything may have, or if the run is not incremental. */
    static Optional<Unchanged> of(RunContext run) throws InterruptedException, ExportException {
        Manifest previous = run.previous();
        if (!run.request().incremental() || run.request().filter().readsNotes() || previous.collection() == null) {
            return Optional.empty(); // without the digest the walk is not waited for: the passes start as it finds the notes
        }
        Walk.Listing listing = run.listing();
        if (!previous.collection().equals(listing.digest())) {
            return Optional.empty();
        }
        List<NoteSource> notes = listing.found().sources().stream().filter(source -> run.request().filter().acceptsPath(source.path())).toList();
        if (notes.size() != previous.notes().size()) {
            return Optional.empty();
        }
        LinkRewriter rewriter = run.links().rewriter();
        List<Manifest.Entry> entries = new ArrayList<>(notes.size());
        for (NoteSource note : notes) {
            Manifest.Entry entry = previous.notes().get(note.path());
            if (entry == null || !current(run, rewriter, note, entry)) {
                return Optional.empty();
            }
            entries.add(entry);
        }
        return Optional.of(new Unchanged(notes, entries));
    }

    /** Whether the note and its files are as its entry describes them (what the passes check of a note they need not read). */
    private static boolean current(RunContext run, LinkRewriter rewriter, NoteSource note, Manifest.Entry entry)
            throws InterruptedException, ExportException {
        long modified = NoteReader.modified(note);
        return modified != 0 && entry.modified() == modified && entry.size() == NoteReader.size(note)
                && run.onDisk(entry, note.path(), run.nameOf(note), run.renderers().keySet())
                && (run.passes().collections().isEmpty() || run.collections().current(entry))
                && !(run.renderers().containsKey(Format.MD) && run.links().inlinesNotes(rewriter, note.path(), entry.targets()));
    }

    /**
     * Each note's outcome, as the passes would give it: every format unchanged, its rows in the
     * collection files kept, its links resolved again from its entry (for the report, and for the
     * attachments they reference, which are copied as in any run).
     */
    void tally(RunContext run, Tally tally, Set<String> referenced) throws InterruptedException, ExportException {
        LinkRewriter rewriter = run.links().rewriter();
        List<TaskResult> results = Stream.concat(Collections.nCopies(run.renderers().size(), (TaskResult) new TaskResult.Unchanged(0)).stream(),
                Collections.nCopies(run.passes().collections().size(), new TaskResult.Row(0)).stream()).toList();
        for (int place = 0; place < notes.size(); place++) {
            String path = notes.get(place).path();
            Manifest.Entry entry = entries.get(place);
            LinkSummary links = rewriter.summarize(path, entry.targets());
            referenced.addAll(links.links());
            run.collections().skip(place);
            tally.add(new NoteOutcome(path, 0, results, links, entry, entry, true));
            results.forEach(result -> run.progress().advance());
        }
    }
}
