package dev.smartnotes.notes;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tool's own JSON shape of a note, the one {@link JsonFactory} of the application and the one
 * {@link ObjectMapper} made over it.
 *
 * <pre>{"path": "projects/plan.md", "id": …, "title": …, "tags": […], "created": …, "updated": …,
 *  "fields": {…}, "body": …}</pre>
 *
 * Property values ({@code created}, {@code updated}, {@code fields}) keep their types both ways:
 * {@code "publish": true}, {@code "rating": 4}, {@code "created": 1642531423151}, maps in their order.
 */
public final class NoteJson {
    /**
     * Shared and thread-safe once configured. Its buffers come from one shared pool: Jackson's default
     * pool is per thread, which gives every virtual thread buffers of its own, kept (and copied by
     * the GC) for as long as the thread lives, also through a simulated wait.
     */
    public static final JsonFactory FACTORY = JsonFactory.builder()
            .recyclerPool(JsonRecyclerPools.sharedConcurrentDequePool())
            // An emoji as its four UTF-8 bytes, as the body (written from its bytes) has it, not as a pair of surrogate escapes.
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    /**
     * For data binding (a JSON file of notes, the JSON reports), over {@link #FACTORY}. Made on first
     * use: exporting Markdown notes writes with the factory alone, and building a mapper loads some
     * 300 classes of jackson-databind.
     */
    public static ObjectMapper mapper() {
        return Mapper.MAPPER;
    }

    private static final class Mapper {
        // Over a copy: a mapper makes itself its factory's codec, and FACTORY's generators must not
        // write objects in some runs (once a mapper exists) and fail in others.
        static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY.copy()).enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    /** The keys of the tool's shape; the link graph's keys are the export's view of the vault, not the note's. */
    private static final Set<String> KNOWN = Set.of("path", "id", "title", "tags", "created", "updated", "fields", "body",
            "links", "backlinks", "attachments", "unresolvedLinks");

    /**
     * The fields a Markdown front matter takes out of {@code fields}: a field of the same name would be a
     * duplicate key there. A front matter may well hold a {@code path}, {@code body} or {@code fields} key.
     */
    private static final Set<String> FRONT_MATTER_KNOWN = Set.of("id", "title", "tags", "created", "updated");

    private NoteJson() {}

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

    /** Front-matter fields as one line of JSON, written value by value (as data binding would write them, faster). */
    public static String compact(Map<String, Object> fields) {
        java.io.StringWriter text = new java.io.StringWriter(64 * fields.size());
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            write(json, fields);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write front-matter fields as JSON", e);
        }
        return text.toString();
    }

    /** The note as pretty-printed UTF-8 JSON, written field by field (faster than data binding, most of all when cold). */
    public static byte[] toJson(Note note) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(note.body().size() + 512);
        write(note, bytes);
        return bytes.toByteArray();
    }

    /** Writes the note as {@link #toJson} gives it. */
    public static void write(Note note, java.io.OutputStream bytes) {
        write(note, bytes, List.of());
    }

    /** Writes the note, then the lists of text {@code after} its body (such as its links), in their order. */
    public static void write(Note note, java.io.OutputStream bytes, List<Map.Entry<String, List<String>>> after) {
        write(note, bytes, after, true);
    }

    /** As {@link #write(Note, java.io.OutputStream, List)}, compact: one line (a line break in a text is escaped), without its end. */
    public static void writeLine(Note note, java.io.OutputStream bytes, List<Map.Entry<String, List<String>>> after) {
        write(note, bytes, after, false);
    }

    private static void write(Note note, java.io.OutputStream bytes, List<Map.Entry<String, List<String>>> after, boolean pretty) {
        try (JsonGenerator json = FACTORY.createGenerator(bytes)) {
            if (pretty) {
                json.useDefaultPrettyPrinter();
            }
            json.writeStartObject();
            json.writeStringField("path", note.path());
            json.writeStringField("id", note.id());
            json.writeStringField("title", note.title());
            json.writeArrayFieldStart("tags");
            for (String tag : note.tags()) {
                json.writeString(tag);
            }
            json.writeEndArray();
            json.writeFieldName("created");
            write(json, note.created());
            json.writeFieldName("updated");
            write(json, note.updated());
            json.writeFieldName("fields");
            write(json, note.fields());
            json.writeFieldName("body");
            if (note.body().exact()) {
                note.body().writeTo(json::writeUTF8String); // escaped as writeString would, without decoding the body
            } else {
                json.writeString(note.body().text()); // keeps a lone surrogate (as an escape), which bytes cannot
            }
            for (Map.Entry<String, List<String>> list : after) {
                json.writeArrayFieldStart(list.getKey());
                for (String item : list.getValue()) {
                    json.writeString(item);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a note as JSON", e);
        }
    }

    /** A property value, with its type. */
    private static void write(JsonGenerator json, Object value) throws IOException {
        switch (value) {
            case null -> json.writeNull();
            case String text -> json.writeString(text);
            case Boolean bool -> json.writeBoolean(bool);
            case Long integer -> json.writeNumber(integer);
            case BigInteger integer -> json.writeNumber(integer);
            case BigDecimal decimal -> json.writeNumber(decimal);
            case Map<?, ?> map -> {
                json.writeStartObject();
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    json.writeFieldName(String.valueOf(e.getKey()));
                    write(json, e.getValue());
                }
                json.writeEndObject();
            }
            case List<?> list -> {
                json.writeStartArray();
                for (Object item : list) {
                    write(json, item);
                }
                json.writeEndArray();
            }
            default -> json.writeString(value.toString());
        }
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
