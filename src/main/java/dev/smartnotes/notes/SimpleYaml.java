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
            if (!SimpleScalars.safe(line)) {
                return null;
            }
            String item = listItem(line);
            if (item != null) {
                int indent = indent(line);
                if (list == null || (listIndent >= 0 && indent != listIndent)) {
                    return null; // YAML wants every item of a list at the same indentation
                }
                listIndent = indent;
                Object value = SimpleScalars.scalar(item, typed);
                if (value == null || value == SimpleScalars.NULL) {
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
            String value = SimpleScalars.trim(rest);
            if (value.isEmpty()) {
                listKey = key;
                list = new ArrayList<>();
                listIndent = -1;
                continue;
            }
            Object parsed = value.startsWith("[") ? SimpleScalars.flowList(value, typed) : SimpleScalars.scalar(value, typed);
            if (parsed == null) {
                return null;
            }
            map.put(key, parsed == SimpleScalars.NULL ? null : parsed);
        }
        if (list != null) {
            map.put(listKey, list.isEmpty() ? null : list);
        }
        return map;
    }

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
            return SimpleScalars.trim(line.substring(i + 2));
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
}
