package dev.smartnotes.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smartnotes.links.Digests;
import dev.smartnotes.links.LinkTargets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ManifestJsonTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void theCommonValuesDoNotDependOnTheOrderOfTheEntries(int seed) {
        // Every note links elsewhere, as in a vault: each digest is met once, and the choice is a tie.
        List<Manifest.Entry> entries = new ArrayList<>(IntStream.range(0, 200)
                .mapToObj(i -> Manifest.Entry.of("n" + i + ".md", "n" + i, List.of("md", "json"), i, i, null, "o", LinkTargets.NONE,
                        Digests.sha256("links " + i), Digests.sha256("graph " + i % 100)))
                .toList());
        ManifestJson.Common inOrder = ManifestJson.Common.of(entries);
        Collections.shuffle(entries, new Random(seed));
        assertThat(ManifestJson.Common.of(entries)).isEqualTo(inOrder);
        assertThat(inOrder.links()).as("a tie goes to the first in text order")
                .isEqualTo(entries.stream().map(Manifest.Entry::links).min(Comparator.comparing(Object::toString)).orElseThrow());
        assertThat(inOrder.graph()).isEqualTo(entries.stream().map(Manifest.Entry::graph).min(Comparator.comparing(Object::toString)).orElseThrow());
        assertThat(inOrder.formats()).as("the most frequent value wins").containsExactly("md", "json");
    }

    @Test
    void theCollectionDigestAndFolderTimesAreWrittenReadBackAndRefusedWhenDamaged(@TempDir Path folder) throws IOException {
        Manifest manifest = Manifest.empty(Manifest.Layout.PLAIN).with(Digests.sha256("the collection"), Map.of("md", "7@17", "md/sub", "8@42"));
        manifest.writeInto(folder);
        assertThat(Manifest.read(folder).collection()).isEqualTo(Digests.sha256("the collection"));
        assertThat(Manifest.read(folder).folders()).isEqualTo(Map.of("md", "7@17", "md/sub", "8@42"));

        manifest.with(null, Map.of()).writeInto(folder);
        assertThat(Files.readString(folder.resolve(Manifest.FILE_NAME))).doesNotContain("collection").doesNotContain("folders");
        assertThat(Manifest.read(folder).collection()).isNull();
        assertThat(Manifest.read(folder).folders()).isEmpty();

        Files.writeString(folder.resolve(Manifest.FILE_NAME), "{\"layout\":\"plain\",\"collection\":\"abc\",\"notes\":{}}");
        assertThatThrownBy(() -> Manifest.read(folder)).isInstanceOf(IOException.class).hasMessageContaining("not a SHA-256 digest");
        Files.writeString(folder.resolve(Manifest.FILE_NAME), "{\"layout\":\"plain\",\"collection\":null,\"notes\":{}}");
        assertThatThrownBy(() -> Manifest.read(folder)).isInstanceOf(IOException.class).hasMessageContaining("not a SmartNotes manifest");
        Files.writeString(folder.resolve(Manifest.FILE_NAME), "{\"layout\":\"plain\",\"folders\":{\"md\":17},\"notes\":{}}");
        assertThatThrownBy(() -> Manifest.read(folder)).isInstanceOf(IOException.class).hasMessageContaining("not a SmartNotes manifest");
    }
}
