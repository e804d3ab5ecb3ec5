package dev.smartnotes.collect;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/** The two collection files of rows in source-path order: how a row is rendered, and how an earlier file is read back for a merge. */
sealed interface LineFormat permits CsvTable, JsonLines {
    CollectionFormat format();

    /** What the file starts with (the CSV header), or nothing. */
    byte[] header();

    /** The row of one note, rendered on the producer's thread: a {@link Item.Line}, or {@link Item.Refused}. */
    Item.Encoded encode(Row row);

    /** Whether {@code file} starts as this format writes it now (an incremental run may then keep its rows). */
    boolean readable(Path file);

    /** The rows of an earlier file, in its order, each as this format would write it again. */
    Rows read(Path file) throws IOException;

    /** Rows read back one at a time. */
    interface Rows extends Closeable {
        /** The next row, or null at the end. */
        Item.Line next() throws IOException;
    }
}
