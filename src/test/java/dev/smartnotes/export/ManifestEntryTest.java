package dev.smartnotes.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smartnotes.links.LinkTargets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestEntryTest {
    private static Manifest.Entry entry(String source, String name) {
        return Manifest.Entry.of(source, name, List.of("md"), 1, 1, null, "o", LinkTargets.NONE, null, null);
    }

    @Test
    void aNoteNamedAsItsPathHoldsNoNameOfItsOwn() {
        Manifest.Entry plain = entry("a/b.md", "a/b");
        assertThat(plain.ownName()).isNull();
        assertThat(plain.name("a/b.md")).isEqualTo("a/b");
        assertThat(plain.hasName("a/b.md", "a/b")).isTrue();
        assertThat(plain.hasName("a/b.md", "a/b-2")).isFalse();
        assertThat(plain.hasName("a/b.md", "a/b.m")).isFalse();
        assertThat(plain.hasName("a/b.md", "a/bb")).isFalse();
    }

    @Test
    void aNoteNamedOtherwiseHoldsItsName() {
        Manifest.Entry numbered = entry("a/b.md", "a/b-2");
        assertThat(numbered.ownName()).isEqualTo("a/b-2");
        assertThat(numbered.hasName("a/b.md", "a/b-2")).isTrue();
        assertThat(numbered.hasName("a/b.md", "a/b")).isFalse();
        assertThat(numbered.sameName(entry("a/b.md", "a/b"), "a/b.md")).isFalse();
        assertThat(numbered.sameName(entry("a/b.md", "a/b-2"), "a/b.md")).isTrue();
    }

    @Test
    void aNoteWhosePathIsNoMarkdownFileAlwaysHoldsItsName() {
        Manifest.Entry fromJson = entry("notes.json", "notes.json");
        assertThat(fromJson.ownName()).isEqualTo("notes.json");
        assertThat(fromJson.hasName("notes.json", "notes.json")).isTrue();
        assertThat(fromJson.hasName("notes.json", "notes")).isFalse();
        Manifest.Entry upperCase = entry("A.MD", "A");
        assertThat(upperCase.ownName()).as("only .md is cut off by the plain name").isEqualTo("A");
        assertThat(upperCase.hasName("A.MD", "A")).isTrue();
    }
}
