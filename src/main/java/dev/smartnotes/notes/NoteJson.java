package dev.smartnotes.notes;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

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

    private NoteJson() {}

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
}
