package dev.smartnotes.notes;

import java.util.ArrayList;
import java.util.List;

/** The scalars {@link SimpleYaml} reads: plain, single- or double-quoted, and {@code [a, b]} lists of them. */
final class SimpleScalars {
    /** A null value, told apart from null, which means "not of the simple shape". */
    static final Object NULL = new Object();

    private SimpleScalars() {}

    /** A plain (typed by the core schema, if {@code typed}), single-quoted or double-quoted scalar; NULL for null; null when not simple. */
    static Object scalar(String text, boolean typed) {
        if (text.isEmpty()) {
            return null;
        }
        char first = text.charAt(0);
        if (first == '"') {
            return doubleQuoted(text);
        }
        if (first == '\'') {
            return singleQuoted(text);
        }
        if (text.equals("~") || text.equals("null") || text.equals("Null") || text.equals("NULL")) {
            return NULL;
        }
        if (!Character.isLetterOrDigit(first) || text.endsWith(":") || text.contains(": ") || text.contains(" #")) {
            return null;
        }
        return typed ? CoreSchema.resolve(text) : text;
    }

    private static Object doubleQuoted(String text) {
        if (text.length() < 2 || text.charAt(text.length() - 1) != '"') {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 1; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                return null;
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i >= text.length() - 1) {
                return null;
            }
            switch (text.charAt(i)) {
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'u' -> {
                    if (!hex(text, i + 1, 4)) {
                        return null;
                    }
                    out.append((char) Integer.parseInt(text, i + 1, i + 5, 16));
                    i += 4;
                }
                default -> {
                    return null;
                }
            }
        }
        return out.toString();
    }

    private static boolean hex(String text, int from, int count) {
        if (from + count > text.length() - 1) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static Object singleQuoted(String text) {
        if (text.length() < 2 || text.charAt(text.length() - 1) != '\'') {
            return null;
        }
        String inner = text.substring(1, text.length() - 1);
        if (inner.replace("''", "").indexOf('\'') >= 0) {
            return null;
        }
        return inner.replace("''", "'");
    }

    /** {@code [a, "b", 'c']} with scalar items only. */
    static Object flowList(String text, boolean typed) {
        if (!text.endsWith("]")) {
            return null;
        }
        List<Object> items = new ArrayList<>();
        int i = 1;
        int end = text.length() - 1;
        while (true) {
            while (i < end && text.charAt(i) == ' ') {
                i++;
            }
            if (i == end) {
                return items.isEmpty() ? items : null;
            }
            int stop = itemEnd(text, i, end);
            if (stop < 0) {
                return null;
            }
            Object value = scalar(trim(text.substring(i, stop)), typed);
            if (value == null || value == NULL) {
                return null;
            }
            items.add(value);
            if (stop == end) {
                return items;
            }
            i = stop + 1;
        }
    }

    /** Where the flow item starting at {@code from} ends (at a comma or the closing bracket), or -1. */
    private static int itemEnd(String text, int from, int end) {
        char first = text.charAt(from);
        int i = from;
        if (first == '"' || first == '\'') {
            i++;
            while (true) {
                if (i >= end) {
                    return -1;
                }
                char c = text.charAt(i);
                if (first == '"' && c == '\\') {
                    i += 2;
                } else if (c == first && first == '\'' && i + 1 < end && text.charAt(i + 1) == '\'') {
                    i += 2;
                } else if (c == first) {
                    break;
                } else {
                    i++;
                }
            }
            i++;
            while (i < end && text.charAt(i) == ' ') {
                i++;
            }
            return i == end || text.charAt(i) == ',' ? i : -1;
        }
        // Plain items in a flow list are cut short by more characters than in a block: allow only the plainest.
        while (i < end && text.charAt(i) != ',') {
            char c = text.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '_' || c == '.' || c == '/')) {
                return -1;
            }
            i++;
        }
        return i;
    }

    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == ' ') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(start, end);
    }

    /** Printable characters only, no tabs, and none that YAML takes as a line break or a byte-order mark. */
    static boolean safe(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c >= 0xFFFE
                    || (c == '#' && i == 0)) {
                return false;
            }
        }
        return true;
    }
}
