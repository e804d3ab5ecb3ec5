package dev.smartnotes.export;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.smartnotes.links.Digest;
import dev.smartnotes.links.LinkTarget;
import dev.smartnotes.links.LinkTargets;
import dev.smartnotes.notes.NoteJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The manifest's JSON, read token by token with Jackson's streaming API (and written so by {@link
 * ManifestJsonWriter}): a manifest holds an entry per note, a million of them for a big collection,
 * and is never held whole as text.
 *
 * <p>Most entries share their formats, options and digests (every note without links has the same
 * ones): the most common values are written once, under {@code common}, and an entry gives only
 * those of its own that differ. Read back, the entries share those values too.
 */
final class ManifestJson {
    private ManifestJson() {}

    /** The values most entries have; an entry's field that is missing has the common value. */
    record Common(List<String> formats, Digest hash, String options, Digest links, Digest graph) {
        static final Common NONE = new Common(List.of(), null, null, null, null);

        static Common of(Collection<Manifest.Entry> entries) {
            List<String> formats = mostFrequent(entries, Manifest.Entry::formats, Comparator.comparing(List::toString));
            return new Common(formats == null ? List.of() : formats, mostFrequent(entries, Manifest.Entry::hash, Comparator.naturalOrder()),
                    mostFrequent(entries, Manifest.Entry::options, Comparator.naturalOrder()),
                    mostFrequent(entries, Manifest.Entry::links, Comparator.naturalOrder()),
                    mostFrequent(entries, Manifest.Entry::graph, Comparator.naturalOrder()));
        }

        /**
         * The value of {@code field} most entries have. A tie (in a vault most notes have links of their own)
         * goes to the first value in {@code order} (null first), whatever order the entries came in: the same
         * entries make the same file.
         */
        private static <T> T mostFrequent(Collection<Manifest.Entry> entries, Function<Manifest.Entry, T> field, Comparator<T> order) {
            Map<T, Integer> counts = new HashMap<>(); // null is a value like any other here
            entries.forEach(entry -> counts.merge(field.apply(entry), 1, Integer::sum));
            Comparator<Map.Entry<T, Integer>> first = Map.Entry.comparingByKey(Comparator.nullsFirst(order));
            return counts.entrySet().stream()
                    .max(Map.Entry.<T, Integer>comparingByValue().thenComparing(first.reversed()))
                    .map(Map.Entry::getKey).orElse(null);
        }
    }

    /** Reads the manifest of {@code folder}; a folder without one has an empty plain one. */
    static Manifest read(Path folder) throws IOException {
        Path file = folder.resolve(Manifest.FILE_NAME);
        if (!Files.exists(file)) {
            return Manifest.empty(Manifest.Layout.PLAIN);
        }
        Manifest.Layout layout = Manifest.Layout.PLAIN;
        Map<String, Manifest.Entry> notes = new HashMap<>();
        Map<String, Manifest.Copy> attachments = new HashMap<>();
        Digest collection = null; // a manifest of version 4 before it had one, or of a run that left something out
        Map<String, String> folders = new HashMap<>();
        Common common = Common.NONE; // a manifest of version 3 and before has none
        try (JsonParser json = NoteJson.FACTORY.createParser(file.toFile())) {
            expect(json.nextToken(), JsonToken.START_OBJECT);
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                switch (field) {
                    case "layout" -> layout = layout(json.getValueAsString());
                    case "collection" -> collection = digest(text(json));
                    case "folders" -> {
                        expect(value, JsonToken.START_OBJECT);
                        while (json.nextToken() == JsonToken.FIELD_NAME) {
                            String name = json.currentName();
                            json.nextToken();
                            folders.put(name, text(json));
                        }
                    }
                    case "common" -> {
                        expect(value, JsonToken.START_OBJECT);
                        common = common(json);
                    }
                    case "notes" -> {
                        expect(value, JsonToken.START_OBJECT);
                        while (json.nextToken() == JsonToken.FIELD_NAME) {
                            String source = json.currentName();
                            expect(json.nextToken(), JsonToken.START_OBJECT);
                            notes.put(source, entry(json, common, source));
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
        return new Manifest(layout, notes, attachments, collection, folders);
    }

    private static Manifest.Layout layout(String text) throws IOException {
        try {
            return Manifest.Layout.valueOf(String.valueOf(text).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IOException("unknown layout '" + text + "'");
        }
    }

    private static Common common(JsonParser json) throws IOException {
        Manifest.Entry values = entry(json, Common.NONE, null);
        return new Common(values.formats(), values.hash(), values.options(), values.links(), values.graph());
    }

    /** The entry of the note at {@code source} (null: the common values), its missing fields given by {@code common}. */
    private static Manifest.Entry entry(JsonParser json, Common common, String source) throws IOException {
        String name = null, options = common.options();
        Digest hash = common.hash(), links = common.links(), graph = common.graph();
        List<String> formats = common.formats();
        List<String> stale = new ArrayList<>();
        List<LinkTarget> targets = new ArrayList<>();
        long size = 0, modified = 0;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            switch (field) {
                case "name" -> name = json.getValueAsString();
                case "hash" -> hash = digest(json.getValueAsString());
                case "options" -> options = json.getValueAsString();
                case "links" -> links = digest(json.getValueAsString());
                case "graph" -> graph = digest(json.getValueAsString());
                case "targets" -> {
                    expect(value, JsonToken.START_ARRAY);
                    while (json.nextToken() != JsonToken.END_ARRAY) {
                        targets.add(target(text(json)));
                    }
                }
                case "size" -> size = json.getValueAsLong();
                case "modified" -> modified = json.getValueAsLong();
                case "formats" -> {
                    formats = new ArrayList<>();
                    strings(json, value, formats);
                }
                case "stale" -> strings(json, value, stale);
                default -> json.skipChildren();
            }
        }
        if (source != null && name == null && Manifest.Entry.plainName(source) == null) {
            throw new IOException("a manifest entry has no name");
        }
        String ownName = source == null || name == null ? null : Manifest.Entry.ownName(source, name);
        return new Manifest.Entry(ownName, formats, stale, size, modified, hash, options, LinkTargets.of(targets), links, graph);
    }

    /** A digest as the manifest writes it (null where it writes none). */
    private static Digest digest(String hex) throws IOException {
        try {
            return hex == null ? null : Digest.parse(hex);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage());
        }
    }

    private static void strings(JsonParser json, JsonToken value, List<String> into) throws IOException {
        expect(value, JsonToken.START_ARRAY);
        while (json.nextToken() != JsonToken.END_ARRAY) {
            into.add(text(json));
        }
    }

    /** A string of an array, which a manifest never leaves out. */
    private static String text(JsonParser json) throws IOException {
        expect(json.currentToken(), JsonToken.VALUE_STRING);
        return json.getText();
    }

    private static Manifest.Copy copy(JsonParser json) throws IOException {
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
        return new Manifest.Copy(name, size, modified);
    }

    /** A link target as the manifest writes it: how it was written ({@code [[}, {@code ![[}, {@code ](}, {@code !](}), then the target. */
    static String target(LinkTarget link) {
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
}
