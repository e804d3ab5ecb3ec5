package dev.smartnotes.export;

import dev.smartnotes.links.LinkRewriter;
import dev.smartnotes.links.LinkSummary;
import dev.smartnotes.notes.NoteSource;
import dev.smartnotes.render.Format;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An incremental run over a collection in which nothing changed since the last run that exported
 * every note without a problem: the same files, the same notes let through, the same choices (the
 * manifest's digest of them, see {@link Manifest#collection()}), every note the size and time its
 * entry records, exported under the same name and options, and its files on disk. That run wrote or
 * checked every entry against this very link graph, so no note is read and the graph is not made
 * again: a note costs a look at its entry, its files are looked for with a {@code stat} of their
 * folder where the folder did not change ({@link FolderTimes}), and its outcome is what the two
 * passes would find, every format unchanged. A collection in which anything changed
 * goes through the passes, which find what did. (Entries of notes no longer listed, kept until
 * --prune removes their files, play no part: they are not in the graph.)
 *
 * @param notes the notes that --include and --exclude let through, in the run's order
 * @param entries their entries, in the same order
 * @param folders the output folders' stamps for the manifest ({@link FolderTimes#settled()})
 */
record UnchangedCollection(List<NoteSource> notes, List<Manifest.Entry> entries, Map<String, String> folders) {

    /**
     * The run's notes and their entries if nothing changed; empty if anything may have, if the run is
     * not incremental, or if it was stopped while looking.
     */
    static Optional<UnchangedCollection> of(RunContext run) throws InterruptedException, ExportException {
        Manifest previous = run.previous();
        if (!run.request().incremental() || run.request().filter().readsNotes() || previous.collection() == null) {
            return Optional.empty(); // without the digest the walk is not waited for: the passes start as it finds the notes
        }
        Walk.Listing listing = run.listing();
        if (!previous.collection().equals(listing.digest())) {
            return Optional.empty();
        }
        List<NoteSource> notes = listing.exported(run.request().filter());
        List<Manifest.Entry> entries = new ArrayList<>(notes.size());
        for (NoteSource note : notes) { // first what the walk saw: an edited note ends the look before any file is checked
            Manifest.Entry entry = previous.notes().get(note.path());
            if (entry == null || !NoteReader.untouched(note, entry) || run.control().cancelled()) {
                return Optional.empty();
            }
            entries.add(entry);
        }
        VaultLinks links = run.links();
        LinkRewriter rewriter = links.rewriter();
        FolderTimes folders = new FolderTimes(run.out(), previous.folders());
        for (int i = 0; i < notes.size(); i++) {
            if (run.control().cancelled() || !filesCurrent(run, links, rewriter, folders, notes.get(i), entries.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(new UnchangedCollection(notes, entries, folders.settled()));
    }

    /**
     * Whether the note's files are on disk as its entry describes them, under the name and with the
     * options of this run. (Where its links lead and its place in the graph, which the passes compare
     * with the entry's digests, are as they were: the collection's digest is.)
     */
    private static boolean filesCurrent(RunContext run, VaultLinks links, LinkRewriter rewriter, FolderTimes folders, NoteSource note,
            Manifest.Entry entry) throws InterruptedException, ExportException {
        return run.onDisk(entry, note.path(), run.nameOf(note), run.renderers().keySet(), folders::holds)
                && (run.passes().collections().isEmpty() || run.collections().current(entry))
                && !(run.renderers().containsKey(Format.MD) && links.inlinesNotes(rewriter, note.path(), entry.targets()));
    }

    /**
     * Each note's outcome, as the passes would give it: every format unchanged, its rows in the
     * collection files kept, its links resolved again from its entry (for the report, and for the
     * attachments they reference, which are copied as in any run). A stop ends it at the note it has come to.
     */
    void tally(RunContext run, Tally tally, Set<String> referenced) throws InterruptedException, ExportException {
        LinkRewriter rewriter = run.links().rewriter();
        List<TaskResult> results = Stream.concat(Collections.<TaskResult>nCopies(run.renderers().size(), new TaskResult.Unchanged(0)).stream(),
                Collections.nCopies(run.passes().collections().size(), new TaskResult.Row(0)).stream()).toList();
        for (int place = 0; place < notes.size() && !run.control().cancelled(); place++) {
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
