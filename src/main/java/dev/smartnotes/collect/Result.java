package dev.smartnotes.collect;

import java.nio.file.Path;

/**
 * What a collection writer did, for the report.
 *
 * @param file    the collection file
 * @param written whether the file was (or, in a dry run, would be) written: false when an
 *                incremental run found nothing to change and kept the previous file
 * @param bytes   its size when written, else 0 (in a dry run of {@code notes.sqlite}: the size of the
 *                values it would hold, without the database's own structure)
 * @param rows    the notes put this run (refused ones not counted)
 * @param removed the notes whose rows an incremental run removed
 */
public record Result(Path file, boolean written, long bytes, long rows, long removed) {}
