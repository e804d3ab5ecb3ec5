package dev.smartnotes.collect;

/** What a producer hands the writer of a collection file through its queue. */
sealed interface Item {
    /** A note's row, rendered by the producer. */
    record Put(long index, Encoded row) implements Item {}

    /** A position of the export's list that gives no row (the note failed, was filtered out, or is unchanged). */
    record Skip(long index) implements Item {}

    /** An incremental run: the note at {@code path} is gone or no longer exported. */
    record Remove(String path) implements Item {}

    record Attach(AttachmentRow row) implements Item {}

    /** The last item: the run has put everything. */
    record End() implements Item {}

    /** A row as the producer made it ready for its file, or why it cannot go there. */
    sealed interface Encoded permits Line, SqliteNote, Refused {}

    /** One row of {@code notes.csv} or one line of {@code notes.jsonl}, line end included. */
    record Line(String path, byte[] bytes) implements Encoded {}

    /** A note that cannot be stored exactly: the reason is one line. */
    record Refused(String reason) implements Encoded {}
}
