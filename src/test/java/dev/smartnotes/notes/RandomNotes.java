package dev.smartnotes.notes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Seeded random notes full of what breaks exporters: quotes, commas, newlines, CR, text in every
 * script, emoji, controls, and property values of every type.
 */
public final class RandomNotes {
    private static final String[] PIECES = {
        "a", "Z", " ", ",", ";", "\"", "'", "\\", "\n", "\r\n", "\r", "\t", "=", "+", "-", "@", "#", "---", "...",
        ":", "- ", "NO", "off", "01234", "1.10", "2024-01-01", "null", "~", "é", "ß", "日本語", "😀", "\u202E", "\u0007",
        "\u0085", "\u2028", "\uFEFF", "\u00A0", "{", "}", "[", "]", "&a", "*a", "!!str", "%", "`", "|", ">",
        "true", "4", "Ελληνικά", "кириллица", "עברית", "العربية", "हिन्दी", "한국어", "ไทย",
    };
    /** Front matter takes these out of the other fields; {@code path}, {@code body} and {@code fields} may be field names. */
    private static final Set<String> KNOWN = Set.of("id", "title", "tags", "created", "updated");
    private static final String[] SHADOWS = {"path", "body", "fields"};

    private final SplittableRandom random;

    public RandomNotes(long seed) {
        random = new SplittableRandom(seed);
    }

    public String text(int maxPieces) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(maxPieces + 1);
        for (int i = 0; i < n; i++) {
            s.append(random.nextInt(4) == 0 ? PIECES[random.nextInt(PIECES.length)]
                    : Character.toString(random.nextInt(3) == 0 ? 0x20 + random.nextInt(0x250) : 'a' + random.nextInt(26)));
        }
        return s.toString();
    }

    private String nonBlank(int maxPieces) {
        String s;
        do {
            s = text(maxPieces);
        } while (s.isBlank());
        return s;
    }

    private String optional() {
        return random.nextInt(4) == 0 ? null : nonBlank(6);
    }

    public Note note(String path) {
        List<String> tags = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            tags.add(nonBlank(5));
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            String key = random.nextInt(8) == 0 ? SHADOWS[random.nextInt(SHADOWS.length)] : nonBlank(4);
            if (!KNOWN.contains(key)) {
                fields.put(key, value(2));
            }
        }
        // created and updated as text: a CSV cell holds their text only (FrontMatterRoundTripTest covers them typed)
        return new Note(path, optional(), nonBlank(8), tags, optional(), optional(), fields, text(40));
    }

    /** A scalar of any type in its canonical form: text, a boolean, an integer (past a long too), a decimal. */
    public Object scalar() {
        return switch (random.nextInt(6)) {
            case 0 -> random.nextBoolean();
            case 1 -> random.nextLong(-1L << random.nextInt(1, 64), 1L << random.nextInt(1, 63));
            case 2 -> new java.math.BigInteger(random.nextInt(64, 200), new java.util.Random(random.nextLong()));
            case 3 -> CoreSchema.decimal(random.nextInt(-100_000, 100_000) / Math.pow(10, random.nextInt(1, 5)));
            default -> text(6);
        };
    }

    public Object value(int depth) {
        int kind = depth == 0 ? 0 : random.nextInt(5);
        return switch (kind) {
            case 1 -> {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(3); i > 0; i--) {
                    list.add(value(depth - 1));
                }
                yield list;
            }
            case 2 -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = random.nextInt(3); i > 0; i--) {
                    map.put(text(3), value(depth - 1));
                }
                yield map;
            }
            case 3 -> null;
            default -> scalar();
        };
    }
}
