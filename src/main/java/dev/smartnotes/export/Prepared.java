package dev.smartnotes.export;

import dev.smartnotes.links.Digest;
import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.Problem;

/** What reading a note decided it needs: its files written, nothing at all, or a report of why not. */
sealed interface Prepared {
    /**
     * Read and parsed, to be written. {@code hash} is the source's SHA-256 in incremental runs, else
     * null; {@code changed} whether it differs from what the earlier export saw.
     */
    record Fresh(Note note, Digest hash, boolean changed, long nanos) implements Prepared {}

    /** An incremental run found the note as the earlier export left it, and its first pass's files up to date: {@code entry} is its manifest entry. */
    record UpToDate(Manifest.Entry entry, long nanos) implements Prepared {}

    /** Left out by --tag, --skip-tag or --since. */
    record Excluded(long nanos) implements Prepared {}

    /** The note cannot be exported. */
    record Failed(Problem problem, long nanos) implements Prepared {}

    /** The run was stopped, or the walk failed (which the run reports). */
    record Stopped() implements Prepared {}
}
