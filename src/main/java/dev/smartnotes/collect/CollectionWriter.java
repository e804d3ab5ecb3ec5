package dev.smartnotes.collect;

import dev.smartnotes.notes.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The single writer of one collection file. Producers (the run's (note, format) tasks, one virtual
 * thread each) hand it rows from any thread; one virtual thread of its own takes them from a bounded
 * queue in batches and writes them, into a temporary file beside the target, which {@link #finish}
 * renames into place once complete. {@link #close} without {@code finish} aborts: the temporary file
 * is deleted and the previous file stays as it was.
 *
 * <p>What the export does, in this order:
 * <ol>
 *   <li>{@link #open}; if the run is incremental but {@link #merging()} is false (no usable earlier
 *       file), it puts every note, not only the changed ones;
 *   <li>for every position {@code i} of its list of notes (in source-path order): {@link #put(Row)}
 *       with {@code Row.index() == i}, or {@link #skip(long) skip(i)} for a note that gives no row (it
 *       failed, was filtered out, or is unchanged); positions may come in any order, each once;
 *   <li>{@link #remove} for the notes gone or no longer exported (merging only), {@link
 *       #put(AttachmentRow)} for the attachments;
 *   <li>{@link #finish} once every producer is done; {@link #close} in any case (try-with-resources).
 * </ol>
 * Memory stays bounded: a producer waits in {@code put} while the writer holds {@link
 * Options#queueRows()} rows or {@link Options#queueBytes()} bytes it has not written, counting rows
 * that wait for their turn; the row the writer waits for always gets in, so the order never stalls
 * while the export starts its notes in list order.
 */
public sealed interface CollectionWriter extends AutoCloseable permits LineWriter, SqliteWriter {

    /**
     * Opens the writer of {@code format}'s file in {@code folder}. A {@code notes.sqlite} that
     * SmartNotes did not write is refused ({@link CollectionException.Kind#FOREIGN}) unless {@link
     * Options#force()}; one that another program holds is refused ({@link CollectionException.Kind#LOCKED}).
     */
    static CollectionWriter open(CollectionFormat format, Path folder, Options options, Previous previous) throws IOException {
        return switch (format) {
            case TABLE -> LineWriter.open(new CsvTable(options.csv()), folder, options, previous);
            case JSONL -> LineWriter.open(new JsonLines(), folder, options, previous);
            case SQLITE -> SqliteWriter.open(folder, options, previous);
        };
    }

    /** Whether the rows put are merged into the earlier file (which keeps the rows of notes not put): else they replace it. */
    boolean merging();

    /**
     * Hands over a note written this run, waiting while the queue is full. A note whose text this
     * file cannot hold exactly is refused: the problem is returned, and the note leaves no row.
     */
    Optional<Problem> put(Row row) throws InterruptedException;

    /** A position of the list that gives no row this run; merging, the note's earlier row (if any) stays unless {@linkplain #remove removed}. */
    void skip(long index) throws InterruptedException;

    /** Merging: the note at {@code path} is gone or no longer exported, and its row goes. */
    void remove(String path) throws InterruptedException;

    /**
     * Whether the file already lists the attachment at {@code path} with this size and time, so that
     * it need not be read and put again (merging only; the files other than the database list none and need none).
     */
    boolean lists(String path, long size, long modified);

    /** An attachment for the database's {@code attachments} table (the other files ignore it). */
    void put(AttachmentRow attachment) throws InterruptedException;

    /**
     * Waits for the writer to write every row, then renames the file into place atomically (unless a
     * merge changed nothing: then the earlier file stays). A failure leaves the earlier file as it was.
     */
    Result finish() throws IOException, InterruptedException;

    /** Aborts unless finished: the writer stops, the temporary file is deleted, the earlier file is untouched. */
    @Override
    void close();
}
