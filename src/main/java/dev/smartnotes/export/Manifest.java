package dev.smartnotes.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.smartnotes.notes.NoteJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What SmartNotes wrote into an --out folder, kept there as {@value #FILE_NAME}: for each source
 * note, its output name and formats, and what the source looked like (size, time, hash) with the
 * options it was exported with, so that an incremental run can tell what changed.
 */
public record Manifest(Map<String, Entry> notes) {
    public static final String FILE_NAME = ".smartnotes-manifest.json";

    /**
     * @param name the output name (no extension) under each format folder
     * @param formats the formats written, such as {@code ["md", "json"]}
     * @param hash the SHA-256 of the source note's bytes, or null where not known
     * @param options a digest of the export options that shape the output
     */
    public record Entry(String name, List<String> formats, long size, long modified, String hash, String options) {
        Entry withHash(String hash) {
            return new Entry(name, formats, size, modified, hash, options);
        }
    }

    /** This manifest with the entries of the notes exported now, without those of the notes that are {@code gone}. */
    Manifest updated(Map<String, Entry> exported, java.util.Set<String> gone) {
        Map<String, Entry> next = new TreeMap<>(notes);
        next.putAll(exported);
        next.keySet().removeAll(gone);
        return new Manifest(next);
    }

    public static Manifest empty() {
        return new Manifest(new TreeMap<>());
    }

    public static Manifest read(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return empty();
        }
        Map<String, Entry> notes = new TreeMap<>();
        // Read token by token: data binding costs more than the rest of an incremental run.
        try (JsonParser json = NoteJson.FACTORY.createParser(file.toFile())) {
            expect(json.nextToken(), JsonToken.START_OBJECT);
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                if (field.equals("notes") && value == JsonToken.START_OBJECT) {
                    while (json.nextToken() == JsonToken.FIELD_NAME) {
                        String source = json.currentName();
                        expect(json.nextToken(), JsonToken.START_OBJECT);
                        notes.put(source, entry(json));
                    }
                } else {
                    json.skipChildren();
                }
            }
        }
        return new Manifest(notes);
    }

    private static Entry entry(JsonParser json) throws IOException {
        String name = null, hash = null, options = null;
        List<String> formats = new ArrayList<>();
        long size = 0, modified = 0;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            switch (field) {
                case "name" -> name = json.getValueAsString();
                case "hash" -> hash = json.getValueAsString();
                case "options" -> options = json.getValueAsString();
                case "size" -> size = json.getValueAsLong();
                case "modified" -> modified = json.getValueAsLong();
                case "formats" -> {
                    expect(value, JsonToken.START_ARRAY);
                    while (json.nextToken() != JsonToken.END_ARRAY) {
                        formats.add(json.getValueAsString());
                    }
                }
                default -> json.skipChildren();
            }
        }
        if (name == null) {
            throw new IOException("a manifest entry has no name");
        }
        return new Entry(name, List.copyOf(formats), size, modified, hash, options);
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("not a SmartNotes manifest (expected " + expected + ", found " + actual + ")");
        }
    }

    /** The manifest as JSON, written entry by entry (data binding costs more than the rest of a small run). */
    public byte[] toJson() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + notes.size() * 160);
        try (JsonGenerator json = NoteJson.FACTORY.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeStringField("tool", "smartnotes");
            json.writeNumberField("version", 1);
            json.writeObjectFieldStart("notes");
            for (Map.Entry<String, Entry> note : notes.entrySet()) {
                write(json, note.getKey(), note.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        return bytes.toByteArray();
    }

    private static void write(JsonGenerator json, String source, Entry e) throws IOException {
        json.writeObjectFieldStart(source);
        json.writeStringField("name", e.name());
        json.writeArrayFieldStart("formats");
        for (String format : e.formats()) {
            json.writeString(format);
        }
        json.writeEndArray();
        json.writeNumberField("size", e.size());
        json.writeNumberField("modified", e.modified());
        json.writeStringField("hash", e.hash());
        json.writeStringField("options", e.options());
        json.writeEndObject();
    }
}
