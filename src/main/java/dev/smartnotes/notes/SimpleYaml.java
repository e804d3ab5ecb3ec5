package dev.smartnotes.notes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the plain shape most front matter has (one {@code key: value} per line; values plain,
 * single- or double-quoted, {@code [a, b]} lists or {@code - item} lines) without a YAML parser, and
 * gives up (returns null) on anything else, which then goes to {@link FrontMatter}'s full parser.
 * For the front matter it accepts, it returns exactly what the full parser returns; it exists
 * because the full parser costs more than rendering a note in all three formats.
 */
final class SimpleYaml {
    private SimpleYaml() {}

    /** The fields, typed as the core schema types plain scalars (or with every scalar as written), or null when the text is not of the simple shape. */
    static Map<String, Object> parse(String yaml, boolean typed) {
        Map<String, Object> map = new LinkedHashMap<>();
        String[] lines = yaml.split("\n", -1);
        String listKey = null;
        List<Object> list = null;
        int listIndent = -1;
        for (String raw : lines) {
            String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            if (line.isEmpty()) {
                continue;
            }
            if (!safe(line)) {
                return null;
            }
            String item = listItem(line);
            if (item != null) {
                int indent = indent(line);
                if (list == null || (listIndent >= 0 && indent != listIndent)) {
                    return null; // YAML wants every item of a list at the same indentation
                }
                listIndent = indent;
                Object value = scalar(item, typed);
                if (value == null || value == NULL) {
                    return null;
                }
                list.add(value);
                continue;
            }
            if (list != null) {
                map.put(listKey, list.isEmpty() ? null : list); // an empty value is null in YAML 1.2
                list = null;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || !key(line.substring(0, colon))) {
                return null;
            }
            String key = line.substring(0, colon);
            String rest = line.substring(colon + 1);
            if (map.containsKey(key) || (!rest.isEmpty() && rest.charAt(0) != ' ')) {
                return null;
            }
            String value = trim(rest);
            if (value.isEmpty()) {
                listKey = key;
                list = new ArrayList<>();
                listIndent = -1;
                continue;
            }
            Object parsed = value.startsWith("[") ? flowList(value, typed) : scalar(value, typed);
            if (parsed == null) {
                return null;
            }
            map.put(key, parsed == NULL ? null : parsed);
        }
        if (list != null) {
            map.put(listKey, list.isEmpty() ? null : list);
        }
        return map;
    }

    private static final Object NULL = new Object();

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** {@code - item} or {@code   - item}: the item text; "" for any other indented line; else null. */
    private static String listItem(String line) {
        int i = indent(line);
        if (line.startsWith("- ", i)) {
            return trim(line.substring(i + 2));
        }
        return i > 0 || line.equals("-") ? "" : null;
    }

    private static boolean key(String key) {
        if (!Character.isLetter(key.charAt(0)) && key.charAt(0) != '_') {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** A plain (typed by the core schema, if {@code typed}), single-quoted or double-quoted scalar; NULL for null; null when not simple. */
    private static Object scalar(String text, boolean typed) {
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
    private static Object flowList(String text, boolean typed) {
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

    private static String trim(String s) {
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
    private static boolean safe(String line) {
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
