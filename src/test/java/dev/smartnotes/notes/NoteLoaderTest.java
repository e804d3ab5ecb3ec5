package dev.smartnotes.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoteLoaderTest {
    @TempDir
    Path dir;

    @Test
    void walksRecursivelySkippingHiddenAndNonMarkdownSortedByPath() throws Exception {
        write("b.md", "# B");
        write("a/z.md", "# Z");
        write("a/c.MD", "# C");
        write(".obsidian/config.md", "# hidden folder");
        write(".trash/old.md", "# trashed");
        write("a/.hidden.md", "# hidden file");
        write("image.png", "png");
        write("notes.txt", "text");
        write("export/md/b.md", "# an earlier export");
        NoteLoader.Found found = NoteLoader.find(dir, dir.resolve("export"), 1_000_000);
        assertThat(found.problems()).isEmpty();
        assertThat(found.sources()).extracting(NoteSource::path).containsExactly("a/c.MD", "a/z.md", "b.md");
    }

    @Test
    void handsTheNotesOnInBatchesWhileItWalks() throws Exception {
        for (int i = 0; i < 600; i++) {
            write("big/n" + i + ".md", "# " + i);
        }
        write("small/one.md", "# one");
        List<List<NoteSource>> batches = new ArrayList<>();
        NoteLoader.Found found = NoteLoader.find(dir, null, 1_000_000, batches::add, () -> false);
        assertThat(batches).allSatisfy(batch -> assertThat(batch).isNotEmpty().hasSizeLessThanOrEqualTo(256));
        assertThat(batches.size()).as("600 notes in one folder come in several batches").isGreaterThanOrEqualTo(3);
        assertThat(batches.stream().flatMap(List::stream).map(NoteSource::path).sorted().toList())
                .isEqualTo(found.sources().stream().map(NoteSource::path).toList())
                .hasSize(601);
    }

    @Test
    void stopsWalkingWhenAskedTo() throws Exception {
        for (int i = 0; i < 5; i++) {
            write("f" + i + "/n.md", "# " + i);
        }
        List<NoteSource> handedOn = new ArrayList<>();
        NoteLoader.Found found = NoteLoader.find(dir, null, 1_000_000, handedOn::addAll, () -> !handedOn.isEmpty());
        assertThat(found.sources()).hasSizeLessThan(5).isNotEmpty();
        assertThat(handedOn).hasSameSizeAs(found.sources());
    }

    @Test
    void readsAJsonArrayOfNotesAndReportsBadItems() throws Exception {
        Path file = dir.resolve("notes.json");
        Files.writeString(file, """
                [{"path": "p/a.md", "title": "A", "tags": ["x"], "body": "text", "fields": {"k": "v"}},
                 {"title": "No path", "tags": "a, b"},
                 "not a note",
                 {"path": "c.md", "title": ["bad"]}]
                """);
        NoteLoader.Found found = NoteLoader.find(file, null, 1_000_000);
        assertThat(found.sources()).extracting(NoteSource::path).containsExactly("p/a.md", "No path.md");
        Note first = found.sources().getFirst().load();
        assertThat(first.fields()).containsEntry("k", "v");
        assertThat(found.sources().get(1).load().tags()).containsExactly("a", "b");
        assertThat(found.problems()).hasSize(2);
        assertThat(found.problems().getFirst().where()).endsWith("notes.json[2]");
    }

    @Test
    void refusesNotesOverTheSizeLimit() throws Exception {
        write("big.md", "x".repeat(2000));
        NoteSource source = NoteLoader.find(dir, null, 1000).sources().getFirst();
        org.assertj.core.api.Assertions.assertThatThrownBy(source::load).hasMessageContaining("--max-note-size");
    }

    @Test
    void anyLimitReadsTheWholeNote() throws Exception {
        write("note.md", "# Whole\n\nEvery byte.\n");
        for (long max : new long[] {100, Integer.MAX_VALUE, Long.MAX_VALUE - 1, Long.MAX_VALUE}) {
            NoteSource source = NoteLoader.find(dir, null, max).sources().getFirst();
            assertThat(source.load().body().text()).as("--max-note-size %d", max).isEqualTo("# Whole\n\nEvery byte.\n");
        }
        NoteSource exact = NoteLoader.find(dir, null, 21).sources().getFirst();
        assertThat(exact.load().title()).isEqualTo("Whole");
        NoteSource under = NoteLoader.find(dir, null, 20).sources().getFirst();
        org.assertj.core.api.Assertions.assertThatThrownBy(under::load).hasMessage("note is larger than --max-note-size (20 B)");
    }

    /**
     * Links are followed only inside the folder: a linked file inside is taken under the link's own
     * path, a linked folder is never walked (one inside is walked where it is), and a link that leads
     * out, nowhere or round in a loop is one short problem.
     */
    @Test
    void linksAreFollowedOnlyInsideTheFolder(@TempDir Path elsewhere) throws Exception {
        write("ok.md", "# OK");
        write("img/photo.png", "png");
        Files.writeString(elsewhere.resolve("secret.md"), "# not in the vault");
        Files.createDirectories(dir.resolve("loop"));
        Files.createSymbolicLink(dir.resolve("loop/up"), dir);
        Files.createSymbolicLink(dir.resolve("self.md"), dir.resolve("self.md"));
        Files.createSymbolicLink(dir.resolve("alias.md"), dir.resolve("ok.md"));
        Files.createSymbolicLink(dir.resolve("latest.png"), dir.resolve("img/photo.png"));
        Files.createSymbolicLink(dir.resolve("outside.md"), elsewhere.resolve("secret.md"));
        Files.createSymbolicLink(dir.resolve("shared"), elsewhere);
        NoteLoader.Found found = NoteLoader.find(dir, null, 1000);
        assertThat(found.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
                dir.resolve("self.md") + ": symbolic link loop",
                dir.resolve("outside.md") + ": link to " + elsewhere.toRealPath().resolve("secret.md") + ", outside the notes folder: not followed",
                dir.resolve("shared") + ": link to " + elsewhere.toRealPath() + ", outside the notes folder: not followed");
        assertThat(found.sources()).extracting(NoteSource::path).containsExactly("alias.md", "ok.md");
        assertThat(found.attachments()).extracting(Attachment::path).containsExactly("img/photo.png", "latest.png");
    }

    private void write(String relative, String text) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
