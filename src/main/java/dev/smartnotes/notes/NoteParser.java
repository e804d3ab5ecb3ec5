package dev.smartnotes.notes;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the bytes of a Markdown file into a {@link Note}: strict UTF-8, an optional byte-order
 * mark, optional front matter between {@code ---} lines (LF or CRLF), kept as written and read
 * into typed values ({@link FrontMatter}), and the title falling back to the first {@code # }
 * heading, then to the file name. The title and id are the text of their values; {@code tags} is
 * a list or a comma-separated text.
 */
public final class NoteParser {
    private NoteParser() {}

    public static Note parse(String path, String text) throws NoteException {
        return parse(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Parses the file's bytes where they are: only the front matter is decoded into text; the body
     * stays the file's bytes (see {@link Body}), so the note keeps {@code bytes}: do not change them.
     * The lines that open and close the front matter are found in the bytes (UTF-8 never puts an
     * ASCII byte inside a longer character).
     */
    public static Note parse(String path, byte[] bytes) throws NoteException {
        checkText(bytes);
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        Map<String, Object> fields = new LinkedHashMap<>();
        int bodyStart = start;
        int afterOpening = markerLine(bytes, start, "---") ? next(bytes, start) : -1;
        if (afterOpening >= 0) {
            int closing = afterOpening;
            while (closing < bytes.length && !markerLine(bytes, closing, "---") && !markerLine(bytes, closing, "...")) {
                closing = next(bytes, closing);
            }
            if (closing >= bytes.length) {
                throw new NoteException("unterminated front matter: no closing '---' line");
            }
            fields = FrontMatter.parse(new String(bytes, afterOpening, closing - afterOpening, StandardCharsets.UTF_8));
            bodyStart = next(bytes, closing);
        }
        String frontMatter = new String(bytes, start, bodyStart - start, StandardCharsets.UTF_8);
        String title = text(fields.remove("title"), "title");
        List<String> tags = tags(fields.remove("tags"));
        Object created = scalar(fields.remove("created"), "created");
        Object updated = scalar(fields.remove("updated"), "updated");
        String id = text(fields.remove("id"), "id");
        if (title == null || title.isBlank()) {
            title = Headings.first(bytes, bodyStart, bytes.length);
        }
        if (title == null) {
            title = fileStem(path);
        }
        return new Note(path, id, title, tags, created, updated, fields, frontMatter, Body.utf8(bytes, bodyStart));
    }

    /**
     * The note with every property as written, as earlier versions read them (only null, {@code ~}
     * and empty values are null): what the normalised front matter shows. A note without a file
     * (from a JSON file) has no text of its properties: their values' text stands in for it.
     */
    public static Note asWritten(Note note) throws NoteException {
        if (note.frontMatter() == null || note.frontMatter().isEmpty()) {
            return new Note(note.path(), note.id(), note.title(), note.tags(), textOf(note.created()), textOf(note.updated()),
                    textOf(note.fields()), note.frontMatter(), note.body());
        }
        String block = note.frontMatter();
        int firstLine = block.indexOf('\n') + 1;
        int lastLine = block.lastIndexOf('\n', block.length() - 2) + 1; // the closing line, its line break excluded
        Map<String, Object> fields = FrontMatter.parseText(block.substring(firstLine, Math.max(firstLine, lastLine)));
        String title = text(fields.remove("title"), "title");
        List<String> tags = tags(fields.remove("tags"));
        Object created = scalar(fields.remove("created"), "created");
        Object updated = scalar(fields.remove("updated"), "updated");
        String id = text(fields.remove("id"), "id");
        return new Note(note.path(), id, title == null || title.isBlank() ? note.title() : title, tags, created, updated, fields,
                note.frontMatter(), note.body());
    }

    @SuppressWarnings("unchecked")
    private static <T> T textOf(T value) {
        return (T) switch (value) {
            case null -> null;
            case List<?> list -> list.stream().map(NoteParser::textOf).collect(java.util.stream.Collectors.toList());
            case Map<?, ?> map -> {
                Map<String, Object> copy = new LinkedHashMap<>();
                map.forEach((k, v) -> copy.put(String.valueOf(k), textOf(v)));
                yield copy;
            }
            default -> CoreSchema.text(value);
        };
    }

    /**
     * Refuses what is not text: a NUL byte marks a binary file; otherwise the bytes must be strict
     * UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF), as the JDK's reporting
     * decoder wants it, and the error names the first byte that is not.
     */
    static void checkText(byte[] bytes) throws NoteException {
        int i = 0;
        while (i < bytes.length) {
            int c = bytes[i];
            if (c > 0) {
                i++;
                continue;
            }
            if (c == 0) {
                throw binary(i);
            }
            int length = utf8Length(bytes, i);
            if (length < 0) {
                for (int j = i; j < bytes.length; j++) { // a NUL byte further on still makes it binary
                    if (bytes[j] == 0) {
                        throw binary(j);
                    }
                }
                throw new NoteException("invalid UTF-8 at byte " + i);
            }
            i += length;
        }
    }

    private static NoteException binary(int offset) {
        return new NoteException("binary file, not Markdown (NUL byte at offset " + offset + ")");
    }

    /** The length of the well-formed multi-byte UTF-8 character at {@code i}, or -1. */
    private static int utf8Length(byte[] bytes, int i) {
        int lead = bytes[i] & 0xFF;
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (lead < 0xC2) {
            return -1; // a continuation byte, or an overlong two-byte form
        } else if (lead < 0xE0) {
            length = 2;
        } else if (lead < 0xF0) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : low; // overlong
            high = lead == 0xED ? 0x9F : high; // a surrogate
        } else if (lead < 0xF5) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : low; // overlong
            high = lead == 0xF4 ? 0x8F : high; // above U+10FFFF
        } else {
            return -1;
        }
        if (i + length > bytes.length) {
            return -1;
        }
        int second = bytes[i + 1] & 0xFF;
        if (second < low || second > high) {
            return -1;
        }
        for (int k = 2; k < length; k++) {
            if ((bytes[i + k] & 0xC0) != 0x80) {
                return -1;
            }
        }
        return length;
    }

    /** Whether the line at {@code from} is {@code marker}, then nothing but white space (a CR too). */
    private static boolean markerLine(byte[] bytes, int from, String marker) {
        if (bytes.length - from < 3 || bytes[from] != marker.charAt(0) || bytes[from + 1] != marker.charAt(1)
                || bytes[from + 2] != marker.charAt(2)) {
            return false;
        }
        int end = lineEnd(bytes, from);
        return new String(bytes, from, end - from, StandardCharsets.UTF_8).stripTrailing().equals(marker);
    }

    /** The start of the line after the one at {@code from}, or the end of the bytes. */
    private static int next(byte[] bytes, int from) {
        int end = lineEnd(bytes, from);
        return end < bytes.length ? end + 1 : end;
    }

    private static int lineEnd(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return bytes.length;
    }

    /** A single value, as its text. */
    private static String text(Object value, String field) throws NoteException {
        return CoreSchema.text(scalar(value, field));
    }

    private static Object scalar(Object value, String field) throws NoteException {
        return switch (value) {
            case List<?> list -> throw new NoteException("front-matter field '" + field + "' must be a single value, not a list");
            case Map<?, ?> map -> throw new NoteException("front-matter field '" + field + "' must be a single value, not a mapping");
            case null, default -> value;
        };
    }

    /** A list of single values, or one value whose text separates the tags with commas. */
    private static List<String> tags(Object value) throws NoteException {
        return switch (value) {
            case null -> List.of();
            case List<?> list -> {
                List<String> tags = new ArrayList<>(list.size());
                for (Object item : list) {
                    if (item instanceof List<?> || item instanceof Map<?, ?>) {
                        throw new NoteException("front-matter 'tags' must be a list of single values");
                    } else if (item != null) {
                        tags.add(CoreSchema.text(item));
                    }
                }
                yield tags;
            }
            case Map<?, ?> map -> throw new NoteException("front-matter 'tags' must be a list or a comma-separated text");
            default -> List.of(CoreSchema.text(value).split(","));
        };
    }

    static String fileStem(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem.isBlank() ? "untitled" : stem;
    }
}
