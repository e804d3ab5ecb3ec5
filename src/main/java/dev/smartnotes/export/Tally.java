package dev.smartnotes.export;

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
 * Gathers the outcomes of a run's notes as they finish, from any thread: the sums of the report,
 * the problems, and what the manifest and the pruning need. It keeps a few numbers per note (its
 * manifest entry), never the note itself.
 */
final class Tally {
    private final ReentrantLock lock = new ReentrantLock();
    private final boolean listWritten;
    private long notes, files, unchanged, bytes, taskNanos, longest;
    private final Set<Problem> problems = new LinkedHashSet<>();
    private final Map<String, Manifest.Entry> entries = new HashMap<>();
    private final List<Manifest.Entry> renamed = new ArrayList<>();
    private final List<Planned> written = new ArrayList<>();

    /** A file a dry run would write, with the note it comes from. */
    private record Planned(String source, String file) {}

    /** {@code listWritten}: keep the name of every file written (for the listing of a dry run). */
    Tally(boolean listWritten) {
        this.listWritten = listWritten;
    }

    void add(NoteOutcome outcome) {
        lock.lock();
        try {
            count(outcome.readNanos());
            outcome.results().forEach(this::add);
            outcome.problems().forEach(problems::add);
            if (outcome.exported() && !outcome.results().isEmpty()) {
                notes++;
            }
            if (outcome.entry() != null) {
                entries.put(outcome.source(), outcome.entry());
                if (outcome.previous() != null && !outcome.previous().name().equals(outcome.entry().name())) {
                    renamed.add(outcome.previous()); // its old files belong to no note now
                }
            }
            if (listWritten) {
                outcome.results().forEach(r -> {
                    if (r instanceof TaskResult.Written w) {
                        written.add(new Planned(outcome.source(), w.file()));
                    }
                });
            }
        } finally {
            lock.unlock();
        }
    }

    private void add(TaskResult result) {
        count(result.nanos());
        switch (result) {
            case TaskResult.Written w -> {
                files++;
                bytes += w.bytes();
            }
            case TaskResult.Unchanged u -> unchanged++;
            case TaskResult.Failed f -> {}
            case TaskResult.Excluded e -> {}
            case TaskResult.Skipped s -> {}
        }
    }

    private void count(long nanos) {
        taskNanos += nanos;
        longest = Math.max(longest, nanos);
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

    /** What the run's tasks added up to, once they have all finished. */
    Sums sums() {
        lock.lock();
        try {
            List<Problem> sorted = problems.stream().sorted(Comparator.comparing(Problem::where)).toList();
            List<String> files = written.stream().sorted(Comparator.comparing(Planned::source)).map(Planned::file).toList();
            return new Sums(notes, this.files, unchanged, bytes, taskNanos, longest, sorted, Collections.unmodifiableMap(entries), List.copyOf(renamed), files);
        } finally {
            lock.unlock();
        }
    }

    /**
     * @param entries the manifest entries of the notes whose every file is on disk
     * @param renamed the earlier entries of notes that got a new output name
     * @param written the files written, by source path (kept only for a dry run)
     */
    record Sums(long notes, long files, long unchanged, long bytes, long taskNanos, long longest, List<Problem> problems,
            Map<String, Manifest.Entry> entries, List<Manifest.Entry> renamed, List<String> written) {}
}
