package dev.smartnotes.collect;

import dev.smartnotes.notes.Note;
import dev.smartnotes.render.NoteGraph;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a note's text can be stored as UTF-8, which has no form for a lone surrogate (a JSON file
 * of notes may hold one, as {@code "\ud800"}). The CSV table and the database refuse such a note
 * with one line rather than store a {@code ?} in its place; JSON Lines keep it as an escape.
 */
final class Text {
    private Text() {}

    /** Why the note cannot be stored as UTF-8, or empty if it can. */
    static Optional<String> unencodable(Note note, NoteGraph graph) {
        if (!note.body().exact()) {
            return Optional.of(reason("body", note.body().text()));
        }
        List<Map.Entry<String, Object>> parts = List.of(Map.entry("path", note.path()), Map.entry("title", note.title()),
                Map.entry("tags", note.tags()), Map.entry("front matter", note.fields()), Map.entry("links", graph.links()),
                Map.entry("unresolved links", graph.unresolved()));
        for (Map.Entry<String, Object> part : parts) {
            if (holdsLoneSurrogate(part.getValue())) {
                return Optional.of(reason(part.getKey(), null));
            }
        }
        for (Object value : new Object[] {note.id(), note.created(), note.updated()}) {
            if (holdsLoneSurrogate(value)) {
                return Optional.of(reason("front matter", null));
            }
        }
        return Optional.empty();
    }

    private static String reason(String where, String text) {
        String at = text == null ? "" : String.format(" (\\u%04X at character %d)", (int) text.charAt(loneSurrogate(text)), loneSurrogate(text));
        return "its " + where + " holds a lone surrogate" + at + ", which UTF-8 cannot store";
    }

    private static boolean holdsLoneSurrogate(Object value) {
        return switch (value) {
            case String text -> loneSurrogate(text) >= 0;
            case List<?> list -> list.stream().anyMatch(Text::holdsLoneSurrogate);
            case Map<?, ?> map -> map.entrySet().stream().anyMatch(e -> holdsLoneSurrogate(e.getKey()) || holdsLoneSurrogate(e.getValue()));
            case null, default -> false;
        };
    }

    /** Where the first lone surrogate is, or -1. */
    static int loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
