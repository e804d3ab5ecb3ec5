package dev.smartnotes.cli;

import dev.smartnotes.render.Format;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The values of --format: one format, or all of them. */
enum FormatChoice {
    md, json, csv, all;

    static Set<Format> formats(List<FormatChoice> choices) {
        EnumSet<Format> formats = EnumSet.noneOf(Format.class);
        for (FormatChoice choice : choices) {
            switch (choice) {
                case md -> formats.add(Format.MD);
                case json -> formats.add(Format.JSON);
                case csv -> formats.add(Format.CSV);
                case all -> formats.addAll(EnumSet.allOf(Format.class));
            }
        }
        return formats;
    }
}
