package dev.smartnotes.export;

import dev.smartnotes.links.LinkIssue;
import dev.smartnotes.notes.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Gathers the outcomes of a run's notes and attachments as they finish, from any thread: the sums of
 * the report, the problems, the links that lead nowhere, and what the manifest and the pruning need.
 * It keeps a few numbers per note (its manifest entry), never the note itself.
 */
final class Tally {
    private final ReentrantLock lock = new ReentrantLock();
    private final boolean listWritten;
    private long notes, files, unchanged, bytes, attachments, unresolved, taskNanos, longest;
    private final Set<Problem> problems = new LinkedHashSet<>();
    private final List<Problem> linkIssues = new ArrayList<>();
    private final Map<String, Manifest.Entry> entries = new HashMap<>();
    private final Map<String, Manifest.Entry> renamed = new HashMap<>();
    private final Map<String, Manifest.Copy> copies = new HashMap<>();
    private final List<Planned> written = new ArrayList<>();

    /** A file a dry run would write, with the source it comes from. */
    private record Planned(String source, String file) {}

    /** {@code listWritten}: keep the name of every file written (for the listing of a dry run). */
    Tally(boolean listWritten) {
        this.listWritten = listWritten;
    }

    void add(NoteOutcome outcome) {
        lock.lock();
        try {
            count(outcome.readNanos());
            outcome.results().forEach(result -> add(outcome.source(), result));
            if (outcome.links() != null) {
                unresolved += outcome.links().unresolved().size();
                outcome.links().issues().stream().map(issue -> problem(outcome.source(), issue)).forEach(linkIssues::add);
            }
            if (outcome.entry() != null) {
                entries.put(outcome.source(), outcome.entry()); // a later pass's entry replaces an earlier one's
            }
            if (outcome.exported()) {
                notes++;
                if (outcome.previous() != null && !outcome.previous().sameName(outcome.entry(), outcome.source())) {
                    renamed.put(outcome.source(), outcome.previous()); // its old files belong to no note now
                }
            }
        } finally {
            lock.unlock();
        }
    }

    void add(AttachmentCopies.Copied copied) {
        lock.lock();
        try {
            add(copied.attachment().path(), copied.result());
            if (copied.result() instanceof TaskResult.Written) {
                attachments++;
            }
            if (copied.copy() != null) {
                copies.put(copied.attachment().path(), copied.copy());
            }
        } finally {
            lock.unlock();
        }
    }

    private static Problem problem(String source, LinkIssue issue) {
        return new Problem(source, issue.message());
    }

    private void add(String source, TaskResult result) {
        count(result.nanos());
        switch (result) {
            case TaskResult.Written w -> {
                files++;
                bytes += w.bytes();
                if (listWritten) {
                    written.add(new Planned(source, w.file()));
                }
            }
            case TaskResult.Unchanged u -> unchanged++;
            case TaskResult.Failed f -> problems.add(f.problem()); // once: a note that cannot be read fails every format alike
            case TaskResult.Excluded e -> {}
            case TaskResult.Skipped s -> {}
            case TaskResult.Row r -> {} // the collection file is counted once it is finished
        }
    }

    private void count(long nanos) {
        taskNanos += nanos;
        longest = Math.max(longest, nanos);
    }

    /** A problem met outside the notes' tasks, such as an attachment the database cannot list. */
    void problem(Problem problem) {
        problems(List.of(problem));
    }

    /** The collection files completed: each written one is a file of the run, and its size counts. */
    void collected(CollectionFiles.Finished finished) {
        lock.lock();
        try {
            problems.addAll(finished.problems());
            finished.results().forEach(result -> {
                if (!result.written()) {
                    unchanged++; // an incremental run kept the file: nothing in it changed
                    return;
                }
                files++;
                bytes += result.bytes();
                if (listWritten) {
                    written.add(new Planned("", result.file().getFileName().toString())); // before the notes' files
                }
            });
        } finally {
            lock.unlock();
        }
    }

    /** Adds problems met outside the notes' tasks, such as a folder the walk could not read. */
    void problems(List<Problem> more) {
        lock.lock();
        try {
            problems.addAll(more);
        } finally {
            lock.unlock();
        }
    }

    /** A failure no task turned into a result: a bug, reported as the note's problem rather than lost. */
    void unexpected(String where, Throwable failure) {
        problems(List.of(new Problem(where, "cannot export: " + failure)));
    }

    /** What the run's tasks added up to, once they have all finished. */
    Sums sums() {
        lock.lock();
        try {
            List<Problem> sorted = problems.stream().sorted(Comparator.comparing(Problem::where)).toList();
            List<Problem> issues = linkIssues.stream().sorted(Comparator.comparing(Problem::where)).toList();
            List<String> files = written.stream().sorted(Comparator.comparing(Planned::source)).map(Planned::file).toList();
            return new Sums(notes, this.files, unchanged, bytes, attachments, unresolved, taskNanos, longest, sorted, issues,
                    Collections.unmodifiableMap(entries), Collections.unmodifiableMap(renamed), Collections.unmodifiableMap(copies), files);
        } finally {
            lock.unlock();
        }
    }

    /**
     * @param attachments attachments copied (in a dry run: that would be)
     * @param unresolved links that name no file, counted once per note and target
     * @param linkIssues one line per link problem (unresolved, ambiguous, embed cycles…), for --verbose
     * @param entries the manifest entries of the notes whose every file is on disk
     * @param renamed the earlier entries of notes that got a new output name, by source
     * @param copies the attachments on disk, as the manifest records them
     * @param written the files written, by source path (kept only for a dry run)
     */
    record Sums(long notes, long files, long unchanged, long bytes, long attachments, long unresolved, long taskNanos, long longest,
            List<Problem> problems, List<Problem> linkIssues, Map<String, Manifest.Entry> entries, Map<String, Manifest.Entry> renamed,
            Map<String, Manifest.Copy> copies, List<String> written) {}
}
