package dev.smartnotes.notes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a note in the tool's own JSON shape ({@link NoteJson}): a JSON file of notes, or an export's JSON read back. */
public final class NoteJsonReader {
    /** The keys of the tool's shape; the link graph's keys are the export's view of the vault, not the note's. */
    private static final Set<String> KNOWN = Set.of("path", "id", "title", "tags", "created", "updated", "fields", "body",
            "links", "backlinks", "attachments", "unresolvedLinks");

    /**
     * The fields a Markdown front matter takes out of {@code fields}: a field of the same name would be a
     * duplicate key there. A front matter may well hold a {@code path}, {@code body} or {@code fields} key.
     */
    private static final Set<String> FRONT_MATTER_KNOWN = Set.of("id", "title", "tags", "created", "updated");

    private NoteJsonReader() {}

    /** Reads one note object; {@code fallbackPath} names it when it has no {@code path}. */
    public static Note fromJson(JsonNode node, String fallbackPath) throws NoteException {
        if (!(node instanceof ObjectNode object)) {
            throw new NoteException("expected a JSON object for a note, found " + node.getNodeType().toString().toLowerCase());
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        JsonNode given = object.get("fields");
        if (given != null && !given.isNull()) {
            if (!given.isObject()) {
                throw new NoteException("'fields' must be a JSON object");
            }
            fields.putAll(asMap(given));
            for (String known : FRONT_MATTER_KNOWN) {
                if (fields.containsKey(known)) {
                    throw new NoteException("'fields' must not repeat the note's own '" + known + "'");
                }
            }
        }
        object.properties().stream().filter(e -> !KNOWN.contains(e.getKey())).forEach(e -> fields.put(e.getKey(), typed(e.getValue())));
        String id = text(object, "id");
        String title = text(object, "title");
        String body = text(object, "body");
        String path = text(object, "path");
        if (path == null || path.isBlank()) {
            path = (id != null ? id : title != null && !title.isBlank() ? title : fallbackPath) + ".md";
        }
        body = body == null ? "" : body;
        if (title == null || title.isBlank()) {
            title = Headings.first(body);
            title = title != null ? title : NoteParser.fileStem(path);
        }
        return new Note(path, id, title, tags(object.get("tags")), scalar(object, "created"), scalar(object, "updated"), fields, body);
    }

    private static String text(ObjectNode object, String field) throws NoteException {
        JsonNode value = object.get(field);
        if (value != null && value.isContainerNode()) {
            throw new NoteException("'" + field + "' must be text");
        }
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Object scalar(ObjectNode object, String field) throws NoteException {
        JsonNode value = object.get(field);
        if (value != null && value.isContainerNode()) {
            throw new NoteException("'" + field + "' must be a single value, not a list or an object");
        }
        return value == null ? null : typed(value);
    }

    private static List<String> tags(JsonNode value) throws NoteException {
        List<String> tags = new ArrayList<>();
        if (value == null || value.isNull()) {
            return tags;
        }
        if (value.isTextual()) {
            for (String part : value.asText().split(",")) {
                if (!part.isBlank()) {
                    tags.add(part.strip());
                }
            }
            return tags;
        }
        if (!value.isArray()) {
            throw new NoteException("'tags' must be a list or a comma-separated text");
        }
        for (JsonNode tag : value) {
            if (!tag.isValueNode()) {
                throw new NoteException("'tags' must hold text values");
            }
            if (!tag.isNull() && !tag.asText().isBlank()) {
                tags.add(tag.asText());
            }
        }
        return tags;
    }

    private static Map<String, Object> asMap(JsonNode node) {
        Map<String, Object> map = new LinkedHashMap<>();
        node.properties().forEach(e -> map.put(e.getKey(), typed(e.getValue())));
        return map;
    }

    /**
     * A JSON value as a property value: a number as JSON readers see it (an integer exactly, any
     * other number as the double it denotes, see {@link CoreSchema#decimal}).
     */
    private static Object typed(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> asMap(node);
            case ARRAY -> {
                List<Object> list = new ArrayList<>(node.size());
                node.forEach(item -> list.add(typed(item)));
                yield list;
            }
            case NUMBER -> node.isIntegralNumber() ? CoreSchema.typed(node.bigIntegerValue()) : CoreSchema.decimal(node.doubleValue());
            case BOOLEAN -> node.booleanValue();
            case NULL, MISSING -> null;
            case STRING, BINARY, POJO -> node.asText();
        };
    }
}
