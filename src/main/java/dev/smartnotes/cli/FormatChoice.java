package dev.smartnotes.cli;

import dev.smartnotes.collect.CollectionFormat;
import dev.smartnotes.render.Format;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The values of --format: a file per note (md, json, csv, or all three), or one file for the whole
 * collection (table: notes.csv, jsonl: notes.jsonl, sqlite: notes.sqlite).
 */
enum FormatChoice {
    md, json, csv, all, table, jsonl, sqlite;

    /** The per-note formats chosen. */
    static Set<Format> formats(List<FormatChoice> choices) {
        EnumSet<Format> formats = EnumSet.noneOf(Format.class);
        for (FormatChoice choice : choices) {
            switch (choice) {
                case md -> formats.add(Format.MD);
                case json -> formats.add(Format.JSON);
                case csv -> formats.add(Format.CSV);
                case all -> formats.addAll(EnumSet.allOf(Format.class));
                case table, jsonl, sqlite -> { }
            }
        }
        return formats;
    }

    /** The whole-collection files chosen. */
    static Set<CollectionFormat> collections(List<FormatChoice> choices) {
        EnumSet<CollectionFormat> collections = EnumSet.noneOf(CollectionFormat.class);
        for (FormatChoice choice : choices) {
            switch (choice) {
                case table -> collections.add(CollectionFormat.TABLE);
                case jsonl -> collections.add(CollectionFormat.JSONL);
                case sqlite -> collections.add(CollectionFormat.SQLITE);
                case md, json, csv, all -> { }
            }
        }
        return collections;
    }
}
