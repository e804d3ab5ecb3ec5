package dev.smartnotes.links;

/**
 * Puts an embedded note's text where its embed was written. Its lines after the first carry the
 * embed line's container prefix ({@code > } of a quote, the indent of a list item), so that the text
 * stays inside the quote or item. An embed with other text on its line is set apart as its own
 * block, with blank lines, since a note's text does not fit inside a sentence.
 */
final class Placement {

    private Placement() {}

    /**
     * Whether the text at {@code start} is in a row of a table (a line that, inside its containers,
     * starts with {@code |}): a note's text cannot go into a cell, so the embed stays a link there.
     */
    static boolean inTableRow(String body, int start) {
        int lineStart = body.lastIndexOf('\n', start - 1) + 1;
        String before = body.substring(lineStart, start);
        return before.substring(containerEnd(before)).startsWith("|");
    }

    /** The replacement for {@code body[start, end)} that puts {@code content} there. */
    static String place(String body, int start, int end, String content) {
        int lineStart = body.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = body.indexOf('\n', end);
        String before = body.substring(lineStart, start);
        String after = body.substring(end, lineEnd < 0 ? body.length() : lineEnd);
        String container = before.substring(0, containerEnd(before));
        String continuation = continuation(container);
        String text = content.strip().replace("\r\n", "\n").replace("\n", "\n" + continuation);
        if (container.length() == before.length() && after.isBlank()) {
            return text;
        }
        String blank = continuation.stripTrailing();
        return "\n" + blank + "\n" + continuation + text + "\n" + blank + "\n" + continuation;
    }

    /** Where the container markers at the start of a line end: quotes, list bullets, their spaces. */
    private static int containerEnd(String line) {
        int i = 0;
        while (true) {
            int j = i;
            while (j < line.length() && (line.charAt(j) == ' ' || line.charAt(j) == '\t')) {
                j++;
            }
            int marker = markerEnd(line, j);
            if (marker < 0) {
                return j;
            }
            i = marker;
        }
    }

    /** The end of a {@code >}, {@code -}, {@code *}, {@code +} or {@code 1.} marker at {@code i}, or -1. */
    private static int markerEnd(String line, int i) {
        if (i >= line.length()) {
            return -1;
        }
        char c = line.charAt(i);
        if (c == '>') {
            return i + 1;
        }
        int j = i;
        while (j < line.length() && j - i < 9 && Character.isDigit(line.charAt(j)) && line.charAt(j) < 128) {
            j++;
        }
        int end = j > i ? (j < line.length() && (line.charAt(j) == '.' || line.charAt(j) == ')') ? j + 1 : -1)
                : (c == '-' || c == '*' || c == '+' ? i + 1 : -1);
        return end > 0 && (end == line.length() || line.charAt(end) == ' ' || line.charAt(end) == '\t') ? end : -1;
    }

    /** The prefix of a continuation line inside the same containers: {@code >} kept, markers as spaces. */
    private static String continuation(String container) {
        StringBuilder out = new StringBuilder(container.length());
        for (char c : container.toCharArray()) {
            out.append(c == '>' || c == '\t' ? c : ' ');
        }
        return out.toString();
    }
}
