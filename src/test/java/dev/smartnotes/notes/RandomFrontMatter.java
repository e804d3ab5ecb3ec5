package dev.smartnotes.notes;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded random YAML front matter as people write it, block and flow, plain and quoted, with the
 * values a YAML 1.2 reader must find in it: the oracle is a table written by hand, not the parser.
 *
 * @param yaml the text between the {@code ---} lines
 * @param values what it holds, keys in their order
 */
public record RandomFrontMatter(String yaml, Map<String, Object> values) {

    /** Plain scalars and their values under the core schema, as the issue lists them and more. */
    private static final Object[][] PLAIN = {
        {"true", true}, {"True", true}, {"TRUE", true}, {"false", false}, {"False", false}, {"FALSE", false},
        {"null", null}, {"Null", null}, {"NULL", null}, {"~", null},
        {"NO", "NO"}, {"off", "off"}, {"yes", "yes"}, {"On", "On"}, {"y", "y"}, {"01234", "01234"}, {"1.10", "1.10"}, {"1.0", "1.0"},
        {"1e3", "1e3"}, {"0x1F", "0x1F"}, {".inf", ".inf"}, {"+1", "+1"}, {"-0", "-0"}, {"2024-01-01", "2024-01-01"},
        {"0.00001", "0.00001"}, {"0.10000000000000001", "0.10000000000000001"},
        {"4", 4L}, {"0", 0L}, {"-12", -12L}, {"1642531423151", 1642531423151L},
        {"123456789012345678901234567890", new BigInteger("123456789012345678901234567890")},
        {"3.5", new BigDecimal("3.5")}, {"-0.25", new BigDecimal("-0.25")}, {"0.1", new BigDecimal("0.1")},
        {"0.30000000000000004", new BigDecimal("0.30000000000000004")},
        {"draft", "draft"}, {"two words", "two words"}, {"日本語", "日本語"}, {"Ελληνικά", "Ελληνικά"}, {"кириллица", "кириллица"},
        {"עברית", "עברית"}, {"العربية", "العربية"}, {"हिन्दी", "हिन्दी"}, {"한국어", "한국어"}, {"ไทย", "ไทย"}, {"naïve café", "naïve café"},
        {"😀 emoji", "😀 emoji"},
    };
    /** Only in block context: a flow collection would end or split them. */
    private static final Object[][] BLOCK_ONLY = {{"12:30", "12:30"}, {"http://example.com/a?b=1", "http://example.com/a?b=1"},
        {"a, b", "a, b"}, {"see [[Note|alias]]", "see [[Note|alias]]"}};
    private static final String[] KEYS = {"publish", "rating", "status", "aliases", "cssclass", "日付", "Ελληνικά", "ключ", "מפתח", "مفتاح",
        "कुंजी", "키", "กุญแจ", "clé", "created", "updated", "sub-key", "snake_key", "Zebra", "alpha"};

    /** Front matter of one to eight properties; keys are never the note's own (id, title, tags). */
    public static RandomFrontMatter next(long seed) {
        Generator generator = new Generator(new SplittableRandom(seed), new RandomNotes(seed));
        Map<String, Object> values = new LinkedHashMap<>();
        StringBuilder yaml = new StringBuilder();
        for (int i = generator.random.nextInt(1, 9); i > 0; i--) {
            String key = generator.key(values);
            yaml.append(generator.keyText(key)).append(':');
            values.put(key, key.equals("created") || key.equals("updated") ? generator.scalar(yaml, false) : generator.block(yaml, 0, true, 2));
        }
        return new RandomFrontMatter(yaml.toString(), values);
    }

    private record Generator(SplittableRandom random, RandomNotes text) {
        String key(Map<String, Object> taken) {
            String key;
            do {
                key = random.nextInt(3) == 0 ? text.text(4) : KEYS[random.nextInt(KEYS.length)];
            } while (taken.containsKey(key) || key.equals("id") || key.equals("title") || key.equals("tags"));
            return key;
        }

        /** A key of the table plain or quoted, any other quoted. */
        String keyText(String key) {
            return List.of(KEYS).contains(key) && random.nextBoolean() ? key : YamlText.quote(key);
        }

        /**
         * A value after {@code key:} or {@code -} in column {@code indent}: on the same line, or a block
         * on the lines after.
         */
        Object block(StringBuilder yaml, int indent, boolean ofKey, int depth) {
            int kind = random.nextInt(depth > 0 ? 6 : 3);
            return switch (kind) {
                case 0, 1 -> scalar(yaml, false);
                case 2 -> {
                    yaml.append('\n'); // nothing: null
                    yield null;
                }
                case 3 -> flow(yaml, depth);
                case 4 -> {
                    List<Object> list = new ArrayList<>();
                    int column = ofKey && random.nextBoolean() ? indent : indent + 2; // "key:\n- a", as YAML allows for a key's value
                    yaml.append('\n');
                    for (int i = random.nextInt(1, 4); i > 0; i--) {
                        yaml.append(" ".repeat(column)).append('-');
                        list.add(block(yaml, column, false, depth - 1));
                    }
                    yield list;
                }
                default -> {
                    Map<String, Object> map = new LinkedHashMap<>();
                    yaml.append('\n');
                    for (int i = random.nextInt(1, 4); i > 0; i--) {
                        String key = key(map);
                        yaml.append(" ".repeat(indent + 2)).append(keyText(key)).append(':');
                        map.put(key, block(yaml, indent + 2, true, depth - 1));
                    }
                    yield map;
                }
            };
        }

        /** {@code [a, "b"]} or {@code {k: v}}, with a space before and a line break after. */
        Object flow(StringBuilder yaml, int depth) {
            boolean list = random.nextBoolean();
            List<Object> items = new ArrayList<>();
            Map<String, Object> map = new LinkedHashMap<>();
            StringBuilder inner = new StringBuilder();
            for (int i = random.nextInt(0, 4); i > 0; i--) {
                inner.append(inner.isEmpty() ? "" : ", ");
                if (list) {
                    items.add(scalar(inner, true));
                } else {
                    String key = key(map);
                    inner.append(keyText(key)).append(':');
                    map.put(key, scalar(inner, true));
                }
            }
            yaml.append(list ? " [" : " {").append(inner).append(list ? "]\n" : "}\n");
            return list ? items : map;
        }

        /** A scalar: plain from the table, or quoted text of any kind; then a line break unless in flow. */
        Object scalar(StringBuilder yaml, boolean inFlow) {
            Object value;
            int kind = random.nextInt(inFlow ? 3 : 4);
            if (kind == 0 || kind == 3) {
                Object[] plain = kind == 3 ? BLOCK_ONLY[random.nextInt(BLOCK_ONLY.length)] : PLAIN[random.nextInt(PLAIN.length)];
                yaml.append(' ').append(plain[0]);
                value = plain[1];
            } else if (kind == 1) {
                String quoted = text.text(6);
                yaml.append(' ').append(YamlText.quote(quoted));
                value = quoted;
            } else {
                String word = (String) PLAIN[random.nextInt(PLAIN.length)][0]; // single-quoted: text, whatever it looks like
                yaml.append(" '").append(word.replace("'", "''")).append('\'');
                value = word;
            }
            if (!inFlow) {
                yaml.append('\n');
            }
            return value;
        }
    }
}
