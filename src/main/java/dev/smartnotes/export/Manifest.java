package dev.smartnotes.export;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.smartnotes.notes.NoteJson;
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

    public byte[] toJson() throws IOException {
        return NoteJson.MAPPER.writeValueAsBytes(new Stored("smartnotes", 1, notes));
    }
}
