package dev.smartnotes.notes;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML front matter safely into plain text values.
 *
 * <p>The YAML is read as a token stream and every scalar keeps the text it was written with:
 * {@code NO}, {@code 01234}, {@code 1.10} and {@code 2024-01-01} stay strings. Only a plain
 * {@code null} or {@code ~} becomes {@code null}. Tags are ignored (nothing is ever instantiated),
 * aliases, duplicate keys and nesting deeper than {@link #MAX_DEPTH} are rejected.
 */
public final class FrontMatter {
    /** Front matter larger than this is rejected before it reaches the YAML parser. */
    public static final int MAX_CHARS = 256 * 1024;

    static final int MAX_DEPTH = 32;

    /** Made on first use: most front matter never needs the full parser (see {@link SimpleYaml}). */
    private static final class Yaml {
        static final YAMLFactory FACTORY = YAMLFactory.builder()
                .recyclerPool(JsonRecyclerPools.sharedConcurrentDequePool()) // see NoteJson.mapper()
                .loaderOptions(loaderOptions())
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 1).build())
                .build();
    }

    private FrontMatter() {}

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(MAX_DEPTH + 1);
        options.setCodePointLimit(MAX_CHARS + 1);
        options.setAllowRecursiveKeys(false);
        return options;
    }

    /** Parses the YAML between the {@code ---} lines; an empty text gives an empty map. */
    public static Map<String, Object> parse(String yaml) throws NoteException {
        return parse(yaml, true);
    }

    /** As {@link #parse(String)}; {@code fast} false always uses the full YAML parser (for tests). */
    static Map<String, Object> parse(String yaml, boolean fast) throws NoteException {
        if (yaml.length() > MAX_CHARS) {
            throw new NoteException("front matter is over " + (MAX_CHARS / 1024) + " KiB");
        }
        Map<String, Object> simple = fast ? SimpleYaml.parse(yaml) : null;
        if (simple != null) {
            return simple;
        }
        try (YAMLParser parser = Yaml.FACTORY.createParser(yaml)) {
            JsonToken first = parser.nextToken();
            if (first == null || first == JsonToken.VALUE_NULL) {
                return new LinkedHashMap<>();
            }
            if (first != JsonToken.START_OBJECT) {
                throw new NoteException("front matter is not a YAML mapping of fields");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) readValue(parser, first, 1);
            if (parser.nextToken() != null) {
                throw new NoteException("front matter holds more than one YAML document");
            }
            return map;
        } catch (NoteException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new NoteException("invalid YAML front matter: " + oneLine(e.getMessage()));
        }
    }

    private static Object readValue(YAMLParser parser, JsonToken token, int depth) throws IOException, NoteException {
        if (parser.isCurrentAlias()) {
            throw new NoteException("YAML aliases (*" + parser.getText() + ") are not supported in front matter");
        }
        if (depth > MAX_DEPTH) {
            throw new NoteException("front matter is nested deeper than " + MAX_DEPTH + " levels");
        }
        return switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                JsonToken t;
                while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    if (map.containsKey(key)) {
                        throw new NoteException("duplicate front-matter key '" + key + "'");
                    }
                    map.put(key, readValue(parser, parser.nextToken(), depth + 1));
                }
                yield map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                JsonToken t;
                while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                    list.add(readValue(parser, t, depth + 1));
                }
                yield list;
            }
            case VALUE_NULL -> null;
            default -> parser.getText();
        };
    }

    static String oneLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String line = message.strip().replaceAll("\\s*\\R\\s*", " ");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
