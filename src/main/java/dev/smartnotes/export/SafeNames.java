package dev.smartnotes.export;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a note's relative path into a relative output name (without extension) that is safe on
 * Linux, macOS and Windows: never absolute, no {@code .} or {@code ..} segments, no separators,
 * control or bidirectional-override characters, no Windows reserved names or characters, no
 * hidden names, every segment at most {@link #MAX_SEGMENT_BYTES} bytes of UTF-8 (so that a
 * {@code -N} suffix and an extension still fit in 255), all in Unicode NFC.
 */
public final class SafeNames {
    /** Leaves room for a collision suffix ({@code -123456}) and the longest extension ({@code .json}). */
    public static final int MAX_SEGMENT_BYTES = 240;

    private static final List<String> OUTPUT_EXTENSIONS = List.of(".md", ".json", ".csv");

    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$");

    private SafeNames() {}

    /** The safe relative name for a note path such as {@code projects/plan.md}: {@code projects/plan}. */
    public static String of(String notePath) {
        String path = notePath.replace('\\', '/');
        if (endsWithIgnoreCase(path, ".md")) {
            path = path.substring(0, path.length() - 3);
        }
        if (plainPath(path)) {
            return path; // the common case: every segment is kept as it is
        }
        List<String> segments = new ArrayList<>();
        for (String raw : path.split("/")) {
            String segment = segment(raw);
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        // A folder named like an output file (notes/x.md/y.md) must not clash with the file of note x.md.
        for (int i = 0; i < segments.size() - 1; i++) {
            String folder = segments.get(i);
            if (namedLikeOutput(folder, folder.length())) {
                segments.set(i, folder + "_");
            }
        }
        return segments.isEmpty() ? "untitled" : String.join("/", segments);
    }

    /**
     * The key under which two names collide on a case-insensitive or normalising file system: the
     * name in NFC, upper-cased then lower-cased ({@link Locale#ROOT}).
     */
    public static String collisionKey(String name) {
        if (name.chars().allMatch(c -> c < 0x80)) {
            return name.toLowerCase(Locale.ROOT); // in ASCII, lower case is all that normalising and folding do
        }
        return Normalizer.normalize(name, Normalizer.Form.NFC).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /** Whether the text up to {@code end} ends like an output file's name ({@code .md}, {@code .json}, {@code .csv}, any case). */
    private static boolean namedLikeOutput(String s, int end) {
        for (String output : OUTPUT_EXTENSIONS) {
            if (s.regionMatches(true, end - output.length(), output, 0, output.length())) {
                return true;
            }
        }
        return false;
    }

    static boolean endsWithIgnoreCase(String s, String suffix) {
        return s.regionMatches(true, s.length() - suffix.length(), suffix, 0, suffix.length());
    }

    /** Whether every segment of the path is {@link #plain} and no folder is named like an output file. */
    private static boolean plainPath(String path) {
        int start = 0;
        while (true) {
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? path.length() : slash;
            if (!plain(path, start, end)) {
                return false;
            }
            if (slash < 0) {
                return true;
            }
            if (namedLikeOutput(path, end)) { // the suffixes hold no '/': a match stays inside the segment
                return false;
            }
            start = slash + 1;
        }
    }

    private static String segment(String raw) {
        return plain(raw, 0, raw.length()) ? raw : clean(raw); // plain: the common case, nothing to do
    }

    /** The segment normalised, with what is unsafe removed, replaced or cut. */
    static String clean(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || bidiControl(cp) || cp == 0xFEFF) {
                return;
            }
            out.appendCodePoint("<>:\"|?*".indexOf(cp) >= 0 ? '_' : cp);
        });
        String name = out.toString().strip();
        while (name.endsWith(".") || name.endsWith(" ")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            return "";
        }
        if (name.startsWith(".")) {
            name = "_" + name.substring(1);
        }
        if (reserved(name)) {
            name = "_" + name;
        }
        return cut(name, MAX_SEGMENT_BYTES);
    }

    /**
     * Whether {@link #segment} would keep the segment from {@code from} to {@code to} as it is: printable,
     * without Windows' reserved characters, controls, bidirectional controls or a byte-order mark, in
     * NFC, not hidden, no white space or dot at either end, short enough, not reserved.
     */
    private static boolean plain(String path, int from, int to) {
        int n = to - from;
        if (n == 0 || n > MAX_SEGMENT_BYTES) {
            return false;
        }
        char first = path.charAt(from);
        char last = path.charAt(to - 1);
        if (first == '.' || last == '.' || Character.isWhitespace(first) || Character.isWhitespace(last)) {
            return false;
        }
        boolean ascii = true;
        for (int i = from; i < to; i++) {
            char c = path.charAt(i);
            if (c < 0x20 || "<>:\"|?*\\".indexOf(c) >= 0) {
                return false;
            }
            if (c >= 0x7F) {
                if (c <= 0x9F || bidiControl(c) || c == 0xFEFF || Character.isSurrogate(c)) {
                    return false;
                }
                ascii = false;
            }
        }
        if (ascii && !mayBeReserved(path, from, to)) {
            return true; // most segments: nothing to copy or normalise
        }
        String segment = path.substring(from, to);
        if (!ascii && (n * 3 > MAX_SEGMENT_BYTES && segment.getBytes(StandardCharsets.UTF_8).length > MAX_SEGMENT_BYTES
                || !Normalizer.isNormalized(segment, Normalizer.Form.NFC))) {
            return false;
        }
        return !reserved(segment);
    }

    /** Whether the segment's base (up to its first dot, without white space at its end) is as long as a reserved name (CON to CONOUT$). */
    private static boolean mayBeReserved(String path, int from, int to) {
        int dot = path.indexOf('.', from);
        int end = dot >= 0 && dot < to ? dot : to;
        while (end > from && Character.isWhitespace(path.charAt(end - 1))) {
            end--;
        }
        return end - from >= 3 && end - from <= 7;
    }

    private static boolean bidiControl(int cp) {
        return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    /** Windows reserves these device names, with or without an extension, in any case. */
    static boolean reserved(String name) {
        int dot = name.indexOf('.');
        String base = (dot < 0 ? name : name.substring(0, dot)).stripTrailing().toUpperCase(Locale.ROOT);
        return RESERVED.contains(base)
                || base.length() == 4 && (base.startsWith("COM") || base.startsWith("LPT")) && "0123456789¹²³".indexOf(base.charAt(3)) >= 0;
    }

    /** Cuts to at most {@code maxBytes} of UTF-8, on a code-point boundary. */
    static String cut(String s, int maxBytes) {
        if (s.length() * 3 <= maxBytes || s.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return s;
        }
        int bytes = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            i += Character.charCount(cp);
        }
        String cut = s.substring(0, i);
        while (cut.endsWith(".") || cut.endsWith(" ")) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.isEmpty() ? "_" : cut;
    }
}
