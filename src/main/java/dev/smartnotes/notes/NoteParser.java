package dev.smartnotes.notes;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the bytes of a Markdown file into a {@link Note}: strict UTF-8, an optional byte-order
 * mark, optional front matter between {@code ---} lines (LF or CRLF), and the title falling back
 * to the first {@code # } heading, then to the file name.
 */
public final class NoteParser {
    private NoteParser() {}

    public static Note parse(String path, byte[] bytes) throws NoteException {
        return parse(path, decode(bytes));
    }

    public static Note parse(String path, String text) throws NoteException {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        String body = text;
        int afterOpening = openingLineEnd(text);
        if (afterOpening >= 0) {
            int[] closing = closingLine(text, afterOpening);
            if (closing == null) {
                throw new NoteException("unterminated front matter: no closing '---' line");
            }
            fields = FrontMatter.parse(text.substring(afterOpening, closing[0]));
            body = text.substring(closing[1]);
        }
        String title = text(fields.remove("title"), "title");
        List<String> tags = tags(fields.remove("tags"));
        String created = text(fields.remove("created"), "created");
        String updated = text(fields.remove("updated"), "updated");
        String id = text(fields.remove("id"), "id");
        if (title == null || title.isBlank()) {
            title = firstHeading(body);
        }
        if (title == null) {
            title = fileStem(path);
        }
        return new Note(path, id, title, tags, created, updated, fields, body);
    }

    /** Decodes strict UTF-8; a NUL byte marks a binary file. */
    static String decode(byte[] bytes) throws NoteException {
        // The JDK's decoder is fast but lenient; only a text that holds U+FFFD (an error, or a real one) is checked strictly.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\u0000') >= 0) {
            int offset = 0;
            while (bytes[offset] != 0) {
                offset++;
            }
            throw new NoteException("binary file, not Markdown (NUL byte at offset " + offset + ")");
        }
        if (text.indexOf('\uFFFD') >= 0) {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            try {
                decoder.decode(in);
            } catch (MalformedInputException e) {
                throw new NoteException("invalid UTF-8 at byte " + in.position());
            } catch (CharacterCodingException e) {
                throw new NoteException("invalid UTF-8");
            }
        }
        return text;
    }

    /** The index just after an opening {@code ---} line, or -1 when the text has no front matter. */
    private static int openingLineEnd(String text) {
        if (!text.startsWith("---")) {
            return -1;
        }
        int end = lineEnd(text, 0);
        String line = stripCr(text.substring(0, end));
        if (!line.stripTrailing().equals("---")) {
            return -1;
        }
        return end < text.length() ? end + 1 : end;
    }

    /** [start of the closing line, start of the body], or null when the front matter never closes. */
    private static int[] closingLine(String text, int from) {
        int start = from;
        while (start < text.length()) {
            int end = lineEnd(text, start);
            String line = stripCr(text.substring(start, end)).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                return new int[] {start, end < text.length() ? end + 1 : end};
            }
            start = end + 1;
        }
        return null;
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static String text(Object value, String field) throws NoteException {
        return switch (value) {
            case null -> null;
            case String s -> s;
            default -> throw new NoteException("front-matter field '" + field + "' must be text, not a "
                    + (value instanceof List ? "list" : "mapping"));
        };
    }

    private static List<String> tags(Object value) throws NoteException {
        List<String> tags = new ArrayList<>();
        switch (value) {
            case null -> {}
            case String s -> {
                for (String part : s.split(",")) {
                    if (!part.isBlank()) {
                        tags.add(part.strip());
                    }
                }
            }
            case List<?> list -> {
                for (Object item : list) {
                    if (item instanceof String s && !s.isBlank()) {
                        tags.add(s.strip());
                    } else if (item != null && !(item instanceof String)) {
                        throw new NoteException("front-matter 'tags' must be a list of text values");
                    }
                }
            }
            default -> throw new NoteException("front-matter 'tags' must be a list or a comma-separated text");
        }
        return tags;
    }

    /** The text of the first level-one ATX heading outside fenced code blocks. */
    static String firstHeading(String body) {
        String fence = null;
        int start = 0;
        while (start < body.length()) {
            int end = body.indexOf('\n', start);
            end = end < 0 ? body.length() : end;
            String raw = body.substring(start, end > start && body.charAt(end - 1) == '\r' ? end - 1 : end);
            start = end + 1;
            String line = raw.stripLeading();
            if (line.startsWith("```") || line.startsWith("~~~")) {
                String marker = line.substring(0, 3);
                fence = fence == null ? marker : marker.equals(fence) ? null : fence;
                continue;
            }
            if (fence == null && raw.length() - line.length() < 4 && (line.startsWith("# ") || line.equals("#"))) {
                String heading = line.substring(1).strip().replaceFirst("\\s+#+$", "").strip();
                if (!heading.isEmpty() && !heading.chars().allMatch(c -> c == '#')) {
                    return heading;
                }
            }
        }
        return null;
    }

    static String fileStem(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem.isBlank() ? "untitled" : stem;
    }
}
