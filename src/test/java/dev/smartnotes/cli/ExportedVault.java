package dev.smartnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

/**
 * What an export left in {@code --out}, read as another program would: every JSON file parsed with
 * a Jackson mapper of its own, each note found by the {@code path} its JSON names, its Markdown and
 * CSV beside it under the same name.
 */
final class ExportedVault {
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

    final Path out;
    /** Note path (vault-relative) → its JSON. */
    final Map<String, JsonNode> json = new TreeMap<>();
    /** Note path → its output name without extension ({@code Folder/Name}). */
    final Map<String, String> names = new TreeMap<>();

    private ExportedVault(Path out) {
        this.out = out;
    }

    /** Reads the JSON of every note; each must parse and name a note path once. */
    static ExportedVault read(Path out) throws IOException {
        ExportedVault vault = new ExportedVault(out);
        Path json = out.resolve("json");
        if (!Files.isDirectory(json)) {
            return vault;
        }
        for (String file : Outputs.files(json)) {
            assertThat(file).as("a file in json/").endsWith(".json");
            JsonNode node = JSON.readTree(json.resolve(file).toFile());
            String path = node.get("path").asText();
            assertThat(vault.json.put(path, node)).as("JSON files naming note %s", path).isNull();
            vault.names.put(path, file.substring(0, file.length() - ".json".length()));
        }
        return vault;
    }

    /** A note's Markdown (where a JSON export names it, else under its own path in NFC, as SafeNames writes names). */
    Path md(String note) {
        String name = names.getOrDefault(note, java.text.Normalizer.normalize(note, java.text.Normalizer.Form.NFC).replaceFirst("\\.md$", ""));
        return out.resolve("md").resolve(name + ".md");
    }

    Path csv(String note) {
        return out.resolve("csv").resolve(names.get(note) + ".csv");
    }

    String mdText(String note) {
        try {
            return Files.readString(md(note), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A list field of a note's JSON ({@code links}, {@code backlinks}, …) as a sorted set. */
    TreeSet<String> list(String note, String field) {
        JsonNode node = json.get(note).get(field);
        assertThat(node).as("%s of %s", field, note).isNotNull();
        assertThat(node.isArray()).as("%s of %s is an array", field, note).isTrue();
        TreeSet<String> values = new TreeSet<>();
        StreamSupport.stream(node.spliterator(), false).forEach(v -> values.add(v.asText()));
        return values;
    }

    /** The same list as written, in its order. */
    List<String> listAsWritten(String note, String field) {
        List<String> values = new ArrayList<>();
        json.get(note).get(field).forEach(v -> values.add(v.asText()));
        return values;
    }
}
