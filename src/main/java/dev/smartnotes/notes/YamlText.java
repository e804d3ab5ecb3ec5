package dev.smartnotes.notes;

import java.util.List;
import java.util.Map;

/**
 * Writes front-matter values as YAML that every reader takes back as the same text: strings are
 * always double-quoted (so {@code NO} or {@code 01234} can never turn into a boolean or a number),
 * lists and maps use the JSON-compatible flow style, and characters YAML cannot hold literally
 * are escaped.
 */
public final class YamlText {
    /** Plain words some YAML readers turn into booleans or null. */
    private static final java.util.Set<String> RESERVED =
            java.util.Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");

    private YamlText() {}

    /** Appends {@code key: value} and a newline. */
    public static void field(StringBuilder out, String key, Object value) {
        out.append(isPlainKey(key) ? key : quote(key)).append(": ");
        value(out, value);
        out.append('\n');
    }

    /** A front-matter value (see NoteParser on why an if-chain rather than a pattern switch). */
    public static void value(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                value(out, list.get(i));
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (i++ > 0) {
                    out.append(", ");
                }
                quote(out, String.valueOf(e.getKey()));
                out.append(": ");
                value(out, e.getValue());
            }
            out.append('}');
        } else {
            quote(out, value.toString()); // a String, or anything else by its text
        }
    }

    public static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2);
        quote(out, s);
        return out.toString();
    }

    static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (printable(c) || Character.isSurrogate(c)) {
                        out.append(c);
                    } else {
                        out.append(String.format("\\u%04x", (int) c));
                    }
                }
            }
        }
        out.append('"');
    }

    /** YAML's printable set, less the line and paragraph separators and the byte-order mark. */
    private static boolean printable(char c) {
        return (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029)
                || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
    }

    private static boolean isPlainKey(String key) {
        if (key.isEmpty() || !Character.isLetter(key.charAt(0))) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
                return false;
            }
        }
        return !RESERVED.contains(key.toLowerCase(java.util.Locale.ROOT));
    }
}
