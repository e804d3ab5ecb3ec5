/**
 * Whole-collection outputs: one file for all the notes of a run, beside the per-note folders.
 * {@code notes.csv} (the per-note CSV's rows under one header), {@code notes.jsonl} (the per-note
 * JSON, one note per line) and {@code notes.sqlite} (notes, tags, links, attachments, a backlinks
 * view and an FTS5 index over titles and bodies).
 *
 * <p>Many producers, one consumer. The export's (note, format) tasks, one virtual thread each, hand
 * their rows to a {@link dev.smartnotes.collect.CollectionWriter}; the rendering (a CSV row, a JSON
 * line, a note's SQL values) happens on their threads. One virtual thread per file takes the rows
 * from a queue bounded by a gate (rows and bytes) in batches and writes them: CSV and JSON Lines in
 * source-path order, SQLite in one transaction per batch. Every file is built beside its place and
 * renamed into place when complete; an incremental run merges into the earlier file.
 * <pre>{@code
 * try (CollectionWriter writer = CollectionWriter.open(CollectionFormat.SQLITE, out, options, Previous.MERGE)) {
 *     // from any thread: writer.put(new Row(i, note, graph)), or writer.skip(i), for each position i
 *     writer.finish();
 * }
 * }</pre>
 */
package dev.smartnotes.collect;
