package dev.smartnotes.export;

import dev.smartnotes.notes.Attachment;
import dev.smartnotes.notes.NoteSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

/**
 * The passes of one export over its notes and attachments, on the run's executor within the memory
 * budget ({@link Dispatcher}): the first pass reads each note as the walk finds it ({@link FirstPass}),
 * the second writes what needs the whole link graph ({@link SecondPass}), then the attachments are
 * copied ({@link AttachmentCopies}), each waiting for the one before; an incremental run over an
 * unchanged collection needs neither note pass ({@link UnchangedCollection}). The outcomes go to the tally.
 */
final class RunPasses {
    private RunPasses() {}

    /**
     * What the passes tell the manifest: whether the first pass exported every note that --include
     * and --exclude let through (a later failure is one of the run's problems), and the output
     * folders' stamps if the collection was unchanged (none otherwise).
     */
    record Done(boolean everyNote, Map<String, String> folders) {
        static final Done STOPPED = new Done(false, Map.of());
    }

    /** The notes (the first pass and the second, or nothing to do if nothing changed), then the attachments. */
    static Done run(RunContext run, Dispatcher dispatcher, Walk walk, Tally tally, Set<String> referenced) throws ExportException {
        Done done;
        try {
            Optional<UnchangedCollection> unchanged = UnchangedCollection.of(run);
            if (run.control().cancelled()) {
                return Done.STOPPED;
            }
            if (unchanged.isPresent()) {
                unchanged.get().tally(run, tally, referenced);
                done = new Done(true, unchanged.get().folders());
            } else {
                done = new Done(notes(run, dispatcher, walk, tally, referenced), Map.of());
            }
        } catch (InterruptedException e) {
            run.control().cancel("interrupted");
            return Done.STOPPED;
        }
        if (run.control().cancelled()) {
            return Done.STOPPED;
        }
        attachments(run, dispatcher, tally, referenced);
        return done;
    }

    /** The first pass, then the second; whether the first exported every note it was given. */
    private static boolean notes(RunContext run, Dispatcher dispatcher, Walk walk, Tally tally, Set<String> referenced) throws ExportException {
        AtomicBoolean everyNote = new AtomicBoolean(true);
        LinkGraph.Builder graph = new LinkGraph.Builder();
        dispatcher.run(walk.notes(), NoteSource::size, run.passes().first().size(),
                source -> ticket -> new FirstPass(run, source, ticket, dispatcher.executor()).start(),
                result -> {
                    tally.add(result.outcome());
                    advance(run, result.outcome());
                    if (result.linked() != null) {
                        graph.add(result.linked(), result.outcome().links());
                        result.outcome().links().links().forEach(referenced::add);
                    } else {
                        graph.skip(result.source());
                        everyNote.set(false);
                    }
                },
                (source, failure) -> {
                    tally.unexpected(source.where(), failure);
                    everyNote.set(false);
                });
        if (run.control().cancelled()) {
            return false;
        }
        if (!run.passes().firstIsLast()) {
            LinkGraph links = graph.build();
            List<NoteSource> exported = listing(run).exported(run.request().filter());
            // Every place of the list, in order: a note the first pass did not export still has a place in the collection files.
            Iterable<Integer> places = () -> IntStream.range(0, exported.size()).iterator();
            dispatcher.run(places, place -> links.writes(exported.get(place)) ? exported.get(place).size() : 0, run.passes().secondTasks(),
                    place -> ticket -> links.writes(exported.get(place))
                            ? new SecondPass(run, links, links.linked(exported.get(place)), place, ticket, dispatcher.executor()).start()
                            : SecondPass.skip(run, exported.get(place), place, ticket, dispatcher.executor()),
                    outcome -> {
                        tally.add(outcome);
                        advance(run, outcome);
                    },
                    (place, failure) -> tally.unexpected(exported.get(place).where(), failure));
        }
        return everyNote.get();
    }

    /** The attachments the notes reference (or all of them) copied, and those the collection files list. */
    private static void attachments(RunContext run, Dispatcher dispatcher, Tally tally, Set<String> referenced) throws ExportException {
        List<Attachment> attachments = AttachmentCopies.needed(run.request(), listing(run), referenced);
        dispatcher.run(attachments, attachment -> 0, 1,
                attachment -> ticket -> AttachmentCopies.start(run, attachment, ticket, dispatcher.executor()),
                tally::add,
                (attachment, failure) -> tally.unexpected(attachment.file().toString(), failure));
        if (run.collections().wantsAttachments() && !run.control().cancelled()) {
            List<Attachment> due = AttachmentCopies.linked(run.request(), listing(run), referenced).stream()
                    .filter(run.collections()::due).toList();
            dispatcher.run(due, attachment -> 0, 1,
                    attachment -> ticket -> run.collections().attach(attachment, ticket, dispatcher.executor()),
                    problem -> problem.ifPresent(tally::problem),
                    (attachment, failure) -> tally.unexpected(attachment.file().toString(), failure));
        }
    }

    private static void advance(RunContext run, NoteOutcome outcome) {
        outcome.results().forEach(result -> run.progress().advance());
    }

    /** The walk's listing, which is complete (or failed) by the time every note has finished. */
    static Walk.Listing listing(RunContext run) throws ExportException {
        try {
            return run.listing();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportException(ExportException.Kind.IO, "interrupted while listing the notes");
        }
    }
}
