package dev.smartnotes.notes;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** The title a note falls back to: its first level-one ATX heading ({@code # Title}) outside fenced code blocks. */
final class Headings {
    private static final Pattern CLOSING_HASHES = Pattern.compile("\\s+#+$");

    private Headings() {}

    /** The text of the first level-one ATX heading outside fenced code blocks. */
    static String first(String body) {
        String[] fence = {null};
        int start = 0;
        while (start < body.length()) {
            int end = body.indexOf('\n', start);
            end = end < 0 ? body.length() : end;
            String heading = heading(body.substring(start, end > start && body.charAt(end - 1) == '\r' ? end - 1 : end), fence);
            if (heading != null) {
                return heading;
            }
            start = end + 1;
        }
        return null;
    }

    /**
     * As {@link #first(String)}, on the UTF-8 bytes from {@code from} to {@code to}: only the lines
     * that may open a heading or a fence (the first non-blank character is {@code #}, a backquote, a
     * tilde, or not ASCII, which may be white space still) are decoded, not the whole body.
     */
    static String first(byte[] bytes, int from, int to) {
        String[] fence = {null};
        int start = from;
        while (start < to) {
            int end = start;
            while (end < to && bytes[end] != '\n') {
                end++;
            }
            int first = start;
            while (first < end && asciiWhitespace(bytes[first])) {
                first++;
            }
            int lineStart = start;
            start = end + 1;
            if (first == end || (bytes[first] >= 0 && bytes[first] != '#' && bytes[first] != '`' && bytes[first] != '~')) {
                continue; // blank, or cannot start a heading or a fence
            }
            String heading = heading(new String(bytes, lineStart, (end > lineStart && bytes[end - 1] == '\r' ? end - 1 : end) - lineStart,
                    StandardCharsets.UTF_8), fence);
            if (heading != null) {
                return heading;
            }
        }
        return null;
    }

    /** The heading a line (without its line break) gives, or null; a fence line opens or closes {@code fence[0]}. */
    private static String heading(String raw, String[] fence) {
        String line = raw.stripLeading();
        if (line.startsWith("```") || line.startsWith("~~~")) {
            String marker = line.substring(0, 3);
            fence[0] = fence[0] == null ? marker : marker.equals(fence[0]) ? null : fence[0];
            return null;
        }
        if (fence[0] == null && raw.length() - line.length() < 4 && (line.startsWith("# ") || line.equals("#"))) {
            String heading = CLOSING_HASHES.matcher(line.substring(1).strip()).replaceFirst("").strip();
            if (!heading.isEmpty() && !onlyHashes(heading)) {
                return heading;
            }
        }
        return null;
    }

    /** The ASCII characters that {@link Character#isWhitespace} takes. */
    private static boolean asciiWhitespace(byte b) {
        return b == ' ' || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F);
    }

    private static boolean onlyHashes(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '#') {
                return false;
            }
        }
        return true;
    }
}
