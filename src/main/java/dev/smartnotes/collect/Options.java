package dev.smartnotes.collect;

import dev.smartnotes.render.CsvOptions;

/**
 * How collection files are written.
 *
 * @param csv        the CSV choices ({@code --csv-raw}, {@code --csv-bom}) for {@code notes.csv}
 * @param force      replace a {@code notes.sqlite} that SmartNotes did not write
 * @param fsync      force the file to disk before it is renamed into place, and its folder after
 * @param dryRun     write nothing: count what would be written
 * @param batchRows  the most rows one batch takes from the queue (one transaction for SQLite); 1 is the naive writer
 * @param queueRows  the most rows put but not yet written, waiting for their turn included
 * @param queueBytes the most bytes of such rows (one row larger than this still passes, alone or in its turn)
 */
public record Options(CsvOptions csv, boolean force, boolean fsync, boolean dryRun, int batchRows, int queueRows, long queueBytes) {
    public static final int BATCH_ROWS = 512;
    public static final int QUEUE_ROWS = 1024;
    public static final long QUEUE_BYTES = 16L << 20;

    public Options {
        if (batchRows < 1 || queueRows < 1 || queueBytes < 1) {
            throw new IllegalArgumentException("batchRows, queueRows and queueBytes must be positive");
        }
    }

    /** The usual bounds: batches of {@value #BATCH_ROWS} rows, at most {@value #QUEUE_ROWS} rows and 16 MiB waiting. */
    public static Options of(CsvOptions csv, boolean force, boolean fsync, boolean dryRun) {
        return new Options(csv, force, fsync, dryRun, BATCH_ROWS, QUEUE_ROWS, QUEUE_BYTES);
    }

    public Options withBatchRows(int rows) {
        return new Options(csv, force, fsync, dryRun, rows, queueRows, queueBytes);
    }

    public Options withQueue(int rows, long bytes) {
        return new Options(csv, force, fsync, dryRun, batchRows, rows, bytes);
    }
}
