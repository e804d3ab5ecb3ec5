package dev.smartnotes.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.smartnotes.links.LinkTarget;
import dev.smartnotes.notes.NoteJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What SmartNotes wrote into an --out folder, kept there as {@value #FILE_NAME}: the folder's layout
 * and, for each source note, its output name and formats, and what the source looked like (size,
 * time, hash) with the options it was exported with, so that an incremental run can tell what changed.
 */
public record Manifest(Layout layout, Map<String, Entry> notes, Map<String, Copy> attachments) {
    public static final String FILE_NAME = ".smartnotes-manifest.json";

    /** How an --out folder is laid out: one sub-folder per format, or (compare mode) one sub-folder per mode. */
    public enum Layout {
        PLAIN, COMPARE;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param name the output name (no extension) under each format folder
     * @param formats the formats whose files are on disk, such as {@code ["md", "json"]}
     * @param hash the SHA-256 of the source note's bytes, or null where not known
     * @param options a digest of the export options that shape the output
     * @param targets the targets of the note's links, to resolve them again without reading the note
     * @param links a digest of where those links led (see {@link dev.smartnotes.links.LinkRewriter#fingerprint})
     * @param graph a digest of the note's place in the link graph (links, backlinks, attachments, unresolved)
     */
    public record Entry(String name, List<String> formats, long size, long modified, String hash, String options,
            List<LinkTarget> targets, String links, String graph) {
        public Entry {
            formats = List.copyOf(formats);
            targets = List.copyOf(targets);
        }
    }

    /** An attachment copied into the Markdown folder: its output name there, and the source's size and time. */
    public record Copy(String name, long size, long modified) {}

    public static Manifest empty(Layout layout) {
        return new Manifest(layout, new TreeMap<>(), new TreeMap<>());
    }

    /**
     * This manifest with the entries of the notes exported now, without those of the notes that are
     * {@code gone}. A note exported in fewer formats than before keeps the formats it had: their files
     * are still on disk, and --prune removes them with the note's other files once the note is gone.
     */
    Manifest updated(Map<String, Entry> exported, Set<String> gone, Map<String, Copy> copied, Set<String> removedCopies) {
        Map<String, Entry> next = new TreeMap<>(notes);
        exported.forEach((source, entry) -> next.merge(source, entry, Manifest::keepOldFormats));
        next.keySet().removeAll(gone);
        Map<String, Copy> nextCopies = new TreeMap<>(attachments);
        nextCopies.putAll(copied);
        nextCopies.keySet().removeAll(removedCopies);
        return new Manifest(layout, next, nextCopies);
    }

    private static Entry keepOldFormats(Entry old, Entry now) {
        if (!old.name().equals(now.name()) || now.formats().containsAll(old.formats())) {
            return now; // renamed: the old files are pruned as they stand
        }
        List<String> formats = new ArrayList<>(now.formats());
        old.formats().stream().filter(f -> !formats.contains(f)).forEach(formats::add);
        return new Entry(now.name(), formats, now.size(), now.modified(), now.hash(), now.options(), now.targets(), now.links(), now.graph());
    }

    /** Reads the manifest of {@code folder}; a folder without one has an empty plain one. */
    public static Manifest read(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return empty(Layout.PLAIN);
        }
        Layout layout = Layout.PLAIN;
        Map<String, Entry> notes = new TreeMap<>();
        Map<String, Copy> attachments = new TreeMap<>();
        try (JsonParser json = NoteJson.FACTORY.createParser(file.toFile())) {
            expect(json.nextToken(), JsonToken.START_OBJECT);
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                switch (field) {
                    case "layout" -> layout = layout(json.getValueAsString());
                    case "notes" -> {
                        expect(value, JsonToken.START_OBJECT);
                        while (json.nextToken() == JsonToken.FIELD_NAME) {
                            String source = json.currentName();
                            expect(json.nextToken(), JsonToken.START_OBJECT);
                            notes.put(source, entry(json));
                        }
                    }
                    case "attachments" -> {
                        expect(value, JsonToken.START_OBJECT);
                        while (json.nextToken() == JsonToken.FIELD_NAME) {
                            String source = json.currentName();
                            expect(json.nextToken(), JsonToken.START_OBJECT);
                            attachments.put(source, copy(json));
                        }
                    }
                    default -> json.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new IOException(oneLine(e), e);
        }
        return new Manifest(layout, notes, attachments);
    }

    private static Layout layout(String text) throws IOException {
        try {
            return Layout.valueOf(String.valueOf(text).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IOException("unknown layout '" + text + "'");
        }
    }

    private static Entry entry(JsonParser json) throws IOException {
        String name = null, hash = null, options = null, links = null, graph = null;
        List<String> formats = new ArrayList<>();
        List<LinkTarget> targets = new ArrayList<>();
        long size = 0, modified = 0;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            switch (field) {
                case "name" -> name = json.getValueAsString();
                case "hash" -> hash = json.getValueAsString();
                case "options" -> options = json.getValueAsString();
                case "links" -> links = json.getValueAsString();
                case "graph" -> graph = json.getValueAsString();
                case "targets" -> {
                    expect(value, JsonToken.START_ARRAY);
                    while (json.nextToken() != JsonToken.END_ARRAY) {
                        targets.add(target(json.getValueAsString()));
                    }
                }
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
        return new Entry(name, formats, size, modified, hash, options, targets, links, graph);
    }

    private static Copy copy(JsonParser json) throws IOException {
        String name = null;
        long size = 0, modified = 0;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            switch (field) {
                case "name" -> name = json.getValueAsString();
                case "size" -> size = json.getValueAsLong();
                case "modified" -> modified = json.getValueAsLong();
                default -> json.skipChildren();
            }
        }
        if (name == null) {
            throw new IOException("a manifest attachment has no name");
        }
        return new Copy(name, size, modified);
    }

    /** A link target as the manifest writes it: how it was written ({@code [[}, {@code ![[}, {@code ](}, {@code !](}), then the target. */
    private static String target(LinkTarget link) {
        return (link.embed() ? "!" : "") + (link.markdown() ? "](" : "[[") + link.target();
    }

    private static LinkTarget target(String text) throws IOException {
        boolean embed = text.startsWith("!");
        String rest = embed ? text.substring(1) : text;
        if (!rest.startsWith("[[") && !rest.startsWith("](")) {
            throw new IOException("a manifest link target is not [[…, ![[…, ](… or !](…: " + text);
        }
        return new LinkTarget(rest.substring(2), embed, rest.startsWith("]("));
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("not a SmartNotes manifest (expected " + expected + ", found " + actual + ")");
        }
    }

    /** Jackson's message without the location lines it adds. */
    private static String oneLine(IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** The manifest as JSON. */
    public byte[] toJson() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + notes.size() * 160);
        try (JsonGenerator json = NoteJson.FACTORY.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeStringField("tool", "smartnotes");
            json.writeNumberField("version", 3);
            json.writeStringField("layout", layout.toString());
            json.writeObjectFieldStart("notes");
            for (Map.Entry<String, Entry> note : notes.entrySet()) {
                write(json, note.getKey(), note.getValue());
            }
            json.writeEndObject();
            json.writeObjectFieldStart("attachments");
            for (Map.Entry<String, Copy> copy : attachments.entrySet()) {
                json.writeObjectFieldStart(copy.getKey());
                json.writeStringField("name", copy.getValue().name());
                json.writeNumberField("size", copy.getValue().size());
                json.writeNumberField("modified", copy.getValue().modified());
                json.writeEndObject();
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
        if (!e.targets().isEmpty()) {
            json.writeArrayFieldStart("targets");
            for (LinkTarget target : e.targets()) {
                json.writeString(target(target));
            }
            json.writeEndArray();
        }
        json.writeStringField("links", e.links());
        json.writeStringField("graph", e.graph());
        json.writeEndObject();
    }

    /** Writes the manifest into {@code folder} atomically: a reader finds the old one or the new one, whole. */
    void writeInto(Path folder) throws IOException {
        Path temp = Files.createTempFile(folder, FileWriter.TEMP_PREFIX, FileWriter.TEMP_SUFFIX);
        try {
            Files.write(temp, toJson());
            Files.move(temp, folder.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
