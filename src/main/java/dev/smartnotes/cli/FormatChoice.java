package dev.smartnotes.cli;

import dev.smartnotes.render.Format;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The values of --format: one format, or all of them. */
enum FormatChoice {
    MD, JSON, CSV, ALL;

    static Set<Format> formats(List<FormatChoice> choices) {
        EnumSet<Format> formats = EnumSet.noneOf(Format.class);
        for (FormatChoice choice : choices) {
            switch (choice) {
                case MD -> formats.add(Format.MD);
                case JSON -> formats.add(Format.JSON);
                case CSV -> formats.add(Format.CSV);
                case ALL -> formats.addAll(EnumSet.allOf(Format.class));
            }
        }
        return formats;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
