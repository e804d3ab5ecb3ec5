package dev.smartnotes.notes;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingEndEvent;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceEndEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.events.StreamEndEvent;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads YAML front matter (YAML 1.2) safely into typed values, in the order of its keys.
 *
 * <p>The YAML is read as a stream of events, so that each scalar's style is known: only a plain
 * scalar without a tag is typed, by the core schema ({@link CoreSchema}); a quoted or block scalar
 * is text, so is a tagged one (tags are never acted on, nothing is ever instantiated). Aliases,
 * duplicate keys, keys that are not scalars, more than one document and nesting deeper than
 * {@link #MAX_DEPTH} are rejected, each with a one-line {@link NoteException}.
 */
public final class FrontMatter {
    /** Front matter larger than this is rejected before it reaches the YAML parser. */
    public static final int MAX_CHARS = 256 * 1024;

    static final int MAX_DEPTH = 32;

    /** Shared: the settings are immutable, and each parse makes a parser of its own. */
    private static final Parse YAML = new Parse(LoadSettings.builder().setCodePointLimit(MAX_CHARS + 1).build());

    private FrontMatter() {}

    /** Parses the YAML between the {@code ---} lines; an empty text gives an empty map. */
    public static Map<String, Object> parse(String yaml) throws NoteException {
        return parse(yaml, true);
    }

    /**
     * As {@link #parse(String)}, with every scalar as written (only {@code null}, {@code ~} and empty
     * values are null): the values as earlier versions read them, for the normalised form.
     */
    public static Map<String, Object> parseText(String yaml) throws NoteException {
        return parse(yaml, false);
    }

    private static Map<String, Object> parse(String yaml, boolean typed) throws NoteException {
        if (yaml.length() > MAX_CHARS) {
            throw new NoteException("front matter is over " + (MAX_CHARS / 1024) + " KiB");
        }
        Map<String, Object> simple = SimpleYaml.parse(yaml, typed);
        return simple != null ? simple : parseFully(yaml, typed);
    }

    /** With the full YAML parser, whatever the front matter's shape (tests compare {@link SimpleYaml} with it). */
    static Map<String, Object> parseFully(String yaml, boolean typed) throws NoteException {
        try {
            Iterator<Event> events = YAML.parseString(yaml).iterator();
            events.next(); // the stream's start
            if (events.next() instanceof StreamEndEvent) {
                return new LinkedHashMap<>(); // no document: nothing, or only comments
            }
            Object root = value(events, events.next(), 1, typed);
            events.next(); // the document's end
            if (!(events.next() instanceof StreamEndEvent)) {
                throw new NoteException("front matter holds more than one YAML document");
            }
            return switch (root) {
                case null -> new LinkedHashMap<>();
                case Map<?, ?> map -> fields(map);
                default -> throw new NoteException("front matter is not a YAML mapping of fields");
            };
        } catch (YamlEngineException e) {
            throw new NoteException("invalid YAML front matter: " + oneLine(e.getMessage()));
        }
    }

    @SuppressWarnings("unchecked") // mapping() makes every map of front matter: text keys
    private static Map<String, Object> fields(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static Object value(Iterator<Event> events, Event event, int depth, boolean typed) throws NoteException {
        if (depth > MAX_DEPTH) {
            throw new NoteException("front matter is nested deeper than " + MAX_DEPTH + " levels");
        }
        return switch (event) {
            case ScalarEvent scalar when scalar.isPlain() && scalar.getTag().isEmpty() -> {
                Object resolved = CoreSchema.resolve(scalar.getValue());
                yield typed || resolved == null ? resolved : scalar.getValue();
            }
            case ScalarEvent scalar -> scalar.getValue();
            case MappingStartEvent start -> mapping(events, depth, typed);
            case SequenceStartEvent start -> sequence(events, depth, typed);
            case AliasEvent alias -> throw aliases(alias);
            default -> throw new NoteException("invalid YAML front matter: unexpected " + event.getEventId());
        };
    }

    private static Map<String, Object> mapping(Iterator<Event> events, int depth, boolean typed) throws NoteException {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Event event = events.next(); !(event instanceof MappingEndEvent); event = events.next()) {
            String key = switch (event) {
                case ScalarEvent scalar -> scalar.getValue();
                case AliasEvent alias -> throw aliases(alias);
                default -> throw new NoteException("front-matter keys must be text, not a list or a mapping");
            };
            if (map.containsKey(key)) {
                throw new NoteException("duplicate front-matter key '" + key + "'");
            }
            map.put(key, value(events, events.next(), depth + 1, typed));
        }
        return map;
    }

    private static List<Object> sequence(Iterator<Event> events, int depth, boolean typed) throws NoteException {
        List<Object> list = new ArrayList<>();
        for (Event event = events.next(); !(event instanceof SequenceEndEvent); event = events.next()) {
            list.add(value(events, event, depth + 1, typed));
        }
        return list;
    }

    private static NoteException aliases(AliasEvent alias) {
        return new NoteException("YAML aliases (*" + alias.getAlias().getValue() + ") are not supported in front matter");
    }

    static String oneLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String line = message.strip().replaceAll("\\s*\\R\\s*", " ");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
