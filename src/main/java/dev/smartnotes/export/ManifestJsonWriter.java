package dev.smartnotes.export;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.smartnotes.links.Digest;
import dev.smartnotes.links.LinkTarget;
import dev.smartnotes.notes.NoteJson;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Writes the manifest's JSON token by token, in the shape {@link ManifestJson} reads. */
final class ManifestJsonWriter {
    private ManifestJsonWriter() {}

    /** Writes the manifest as JSON, entry by entry. */
    static void write(Manifest manifest, OutputStream out) throws IOException {
        try (JsonGenerator json = NoteJson.FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("tool", "smartnotes");
            json.writeNumberField("version", 4);
            json.writeStringField("layout", manifest.layout().toString());
            if (manifest.collection() != null) {
                json.writeStringField("collection", manifest.collection().toString());
            }
            if (!manifest.folders().isEmpty()) {
                json.writeObjectFieldStart("folders");
                for (String folder : sorted(manifest.folders())) {
                    json.writeStringField(folder, manifest.folders().get(folder));
                }
                json.writeEndObject();
            }
            ManifestJson.Common common = ManifestJson.Common.of(manifest.notes().values());
            json.writeObjectFieldStart("common");
            writeFields(json, common.formats(), common.hash(), common.options(), common.links(), common.graph(), ManifestJson.Common.NONE);
            json.writeEndObject();
            json.writeObjectFieldStart("notes");
            for (String source : sorted(manifest.notes())) {
                write(json, source, manifest.notes().get(source), common);
            }
            json.writeEndObject();
            json.writeObjectFieldStart("attachments");
            for (String source : sorted(manifest.attachments())) {
                Manifest.Copy copy = manifest.attachments().get(source);
                json.writeObjectFieldStart(source);
                json.writeStringField("name", copy.name());
                json.writeNumberField("size", copy.size());
                json.writeNumberField("modified", copy.modified());
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    /** The keys in order, so that the file of an unchanged collection is the same from run to run. */
    private static String[] sorted(Map<String, ?> map) {
        String[] keys = map.keySet().toArray(String[]::new);
        Arrays.sort(keys);
        return keys;
    }

    private static void write(JsonGenerator json, String source, Manifest.Entry e, ManifestJson.Common common) throws IOException {
        json.writeObjectFieldStart(source);
        if (e.ownName() != null) {
            json.writeStringField("name", e.ownName());
        }
        if (!e.stale().isEmpty()) {
            json.writeArrayFieldStart("stale");
            for (String format : e.stale()) {
                json.writeString(format);
            }
            json.writeEndArray();
        }
        json.writeNumberField("size", e.size());
        json.writeNumberField("modified", e.modified());
        if (!e.targets().isEmpty()) {
            json.writeArrayFieldStart("targets");
            for (LinkTarget target : e.targets().list()) {
                json.writeString(ManifestJson.target(target));
            }
            json.writeEndArray();
        }
        writeFields(json, e.formats(), e.hash(), e.options(), e.links(), e.graph(), common);
        json.writeEndObject();
    }

    /** The fields an entry may share with the others, each unless it is the common value. */
    private static void writeFields(JsonGenerator json, List<String> formats, Digest hash, String options, Digest links, Digest graph,
            ManifestJson.Common common) throws IOException {
        if (common == ManifestJson.Common.NONE || !formats.equals(common.formats())) {
            json.writeArrayFieldStart("formats");
            for (String format : formats) {
                json.writeString(format);
            }
            json.writeEndArray();
        }
        writeUnlessCommon(json, "hash", hash, common.hash(), common);
        writeUnlessCommon(json, "options", options, common.options(), common);
        writeUnlessCommon(json, "links", links, common.links(), common);
        writeUnlessCommon(json, "graph", graph, common.graph(), common);
    }

    private static void writeUnlessCommon(JsonGenerator json, String field, Object value, Object commonValue, ManifestJson.Common common)
            throws IOException {
        if (common == ManifestJson.Common.NONE || !Objects.equals(value, commonValue)) {
            json.writeStringField(field, Objects.toString(value, null)); // a digest as its hex digits, null as null
        }
    }
}
