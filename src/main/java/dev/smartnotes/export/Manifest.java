package dev.smartnotes.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.smartnotes.notes.NoteJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    public record Entry(String name, List<String> formats, long size, long modified, String hash, String options) {}

    private record Stored(String tool, int version, Map<String, Entry> notes) {}

    public static Manifest empty() {
        return new Manifest(new TreeMap<>());
    }

    public static Manifest read(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return empty();
        }
        Stored stored = NoteJson.MAPPER.readValue(file.toFile(), new TypeReference<Stored>() {});
        return new Manifest(new TreeMap<>(stored.notes() == null ? Map.of() : stored.notes()));
    }

    /** The manifest as JSON, written entry by entry (data binding costs more than the rest of a small run). */
    public byte[] toJson() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + notes.size() * 160);
        try (JsonGenerator json = NoteJson.MAPPER.getFactory().createGenerator(bytes)) {
            json.writeStartObject();
            json.writeStringField("tool", "smartnotes");
            json.writeNumberField("version", 1);
            json.writeObjectFieldStart("notes");
            for (Map.Entry<String, Entry> note : notes.entrySet()) {
                Entry e = note.getValue();
                json.writeObjectFieldStart(note.getKey());
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
            json.writeEndObject();
            json.writeEndObject();
        }
        return bytes.toByteArray();
    }
}
