package dev.smartnotes.export;

import dev.smartnotes.links.LinkSummary;
import java.util.List;

/**
 * What became of one note in one pass: the time it took to read, one result per format the pass
 * writes, its links when the pass found them, and the manifest entry of the files it has on disk.
 *
 * @param source the note's path relative to the collection
 * @param links the note's links as this pass found them, or null
 * @param previous the note's entry in the manifest before this run, or null
 * @param entry the note's entry after this pass, listing the formats whose files are on disk (all of
 *     them, or those written before the run was stopped), or null when none is
 * @param exported whether every file of the note is on disk as the run wants it (the note's last pass)
 */
record NoteOutcome(String source, long readNanos, List<TaskResult> results, LinkSummary links, Manifest.Entry previous,
        Manifest.Entry entry, boolean exported) {

    NoteOutcome {
        results = List.copyOf(results);
    }
}
