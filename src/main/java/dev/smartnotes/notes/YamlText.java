package dev.smartnotes.notes;

import java.util.List;
import java.util.Map;

/**
 * Writes property values as YAML that a YAML 1.2 reader takes back as the same values: text is
 * always double-quoted (so {@code NO} or {@code 01234} can never turn into a boolean or a number),
 * booleans and numbers are plain in their canonical form ({@link CoreSchema}), and characters YAML
 * cannot hold literally are escaped; lists and maps in block style ({@link #blockField}). The
 * normalised form of earlier versions ({@link #field}) quotes every scalar and uses the
 * JSON-compatible flow style.
 */
public final class YamlText {
    /** Plain words some YAML readers turn into booleans or null. */
    private static final java.util.Set<String> RESERVED =
            java.util.Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");

    private YamlText() {}

    /**
     * Appends {@code key: value} and a newline in the normalised form earlier versions wrote: every
     * scalar quoted as text, lists and maps in flow style.
     */
    public static void field(StringBuilder out, String key, Object value) {
        key(out, key);
        out.append(": ");
        value(out, value, false);
        out.append('\n');
    }

    /**
     * Appends {@code key: value} and a newline with the value's type (booleans and numbers plain),
     * non-empty lists and maps in block style on the lines after it.
     */
    public static void blockField(StringBuilder out, String key, Object value) {
        key(out, key);
        out.append(':');
        block(out, value, 0, false);
    }

    /** A property value; a list or a map in flow style. */
    public static void value(StringBuilder out, Object value) {
        value(out, value, true);
    }

    /** A property value; with {@code typed} false, booleans and numbers are quoted as text too. */
    private static void value(StringBuilder out, Object value, boolean typed) {
        switch (value) {
            case null -> out.append("null");
            case String text -> quote(out, text);
            case Boolean bool when typed -> out.append(bool);
            case Number number when typed -> out.append(CoreSchema.text(number));
            case Boolean bool -> quote(out, bool.toString());
            case Number number -> quote(out, CoreSchema.text(number));
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    out.append(i > 0 ? ", " : "");
                    value(out, list.get(i), typed);
                }
                out.append(']');
            }
            case Map<?, ?> map -> {
                out.append('{');
                String separator = "";
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    out.append(separator);
                    quote(out, String.valueOf(e.getKey()));
                    out.append(": ");
                    value(out, e.getValue(), typed);
                    separator = ", ";
                }
                out.append('}');
            }
            default -> quote(out, value.toString());
        }
    }

    /**
     * The value after a key's colon or an item's dash at column {@code indent}: a scalar or an empty
     * list or map on the same line; the entries of a list or map at {@code indent + 2}, the first
     * one on the same line as the dash ({@code - a: 1}, {@code - - x}), else on the next line.
     */
    private static void block(StringBuilder out, Object value, int indent, boolean afterDash) {
        String margin = " ".repeat(indent + 2);
        switch (value) {
            case List<?> list when !list.isEmpty() -> {
                for (int i = 0; i < list.size(); i++) {
                    out.append(i > 0 ? margin : afterDash ? " " : "\n" + margin).append('-');
                    block(out, list.get(i), indent + 2, true);
                }
            }
            case Map<?, ?> map when !map.isEmpty() -> {
                String before = afterDash ? " " : "\n" + margin;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    out.append(before);
                    key(out, String.valueOf(e.getKey()));
                    out.append(':');
                    block(out, e.getValue(), indent + 2, false);
                    before = margin;
                }
            }
            case null, default -> {
                out.append(' ');
                value(out, value);
                out.append('\n');
            }
        }
    }

    private static void key(StringBuilder out, String key) {
        if (isPlainKey(key)) {
            out.append(key);
        } else {
            quote(out, key);
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
