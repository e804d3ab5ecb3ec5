package dev.smartnotes.collect;

import java.util.Locale;

/** The whole-collection outputs: one file for all the notes of a run, beside the per-note format folders. */
public enum CollectionFormat {
    /** {@code notes.csv}: the per-note CSV's header once, then one row per note in source-path order. */
    TABLE("notes.csv"),
    /** {@code notes.jsonl}: one note per line in the per-note JSON's shape, compact, in source-path order. */
    JSONL("notes.jsonl"),
    /** {@code notes.sqlite}: notes, tags, links, attachments, a backlinks view and a full-text index. */
    SQLITE("notes.sqlite");

    private final String fileName;

    CollectionFormat(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    /** The name --format and the manifest give it: table, jsonl or sqlite. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
