package dev.smartnotes.export;

import dev.smartnotes.notes.Problem;
import java.util.List;
import java.util.stream.Stream;

/**
 * What became of one note: the time it took to read, one result per format, and the manifest entry
 * the note gets when every one of its files is on disk (written or already up to date).
 *
 * @param source the note's path relative to the collection
 * @param previous the note's entry in the manifest before this run, or null
 * @param entry the note's entry after this run, or null when some of its files are not on disk
 */
record NoteOutcome(String source, long readNanos, List<TaskResult> results, Manifest.Entry previous, Manifest.Entry entry) {

    NoteOutcome {
        results = List.copyOf(results);
    }

    /** Exported without a problem: every file written or up to date (and the note not filtered out). */
    boolean exported() {
        return results.stream().allMatch(TaskResult::onDisk);
    }

    /** The note's problems, once each (a note that cannot be read fails every format with the same one). */
    Stream<Problem> problems() {
        return results.stream().flatMap(r -> r instanceof TaskResult.Failed f ? Stream.of(f.problem()) : Stream.empty()).distinct();
    }
}
