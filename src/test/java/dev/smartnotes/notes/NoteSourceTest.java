package dev.smartnotes.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A note changes between the walk, which saw its size, and its read: what is read is what the file holds then. */
class NoteSourceTest {
    @TempDir
    Path dir;

    private NoteSource.File walked(String text) throws Exception {
        Files.writeString(dir.resolve("n.md"), text);
        return new NoteSource.File("n.md", dir, Files.size(dir.resolve("n.md")), 0, 1_000);
    }

    @Test
    void aNoteGrownSinceTheWalkIsReadWhole() throws Exception {
        NoteSource.File source = walked("# Short\n");
        Files.writeString(dir.resolve("n.md"), "# Short\nand a second line written since\n");
        assertThat(source.load().body().text()).isEqualTo("# Short\nand a second line written since\n");
    }

    @Test
    void aNoteTruncatedSinceTheWalkIsReadAsItIsNow() throws Exception {
        NoteSource.File source = walked("# Long\nwith a body that will be cut\n");
        Files.writeString(dir.resolve("n.md"), "# Lo");
        assertThat(source.load().title()).isEqualTo("Lo");
    }

    @Test
    void aNoteDeletedSinceTheWalkIsOneClearProblem() throws Exception {
        NoteSource.File source = walked("# Gone\n");
        Files.delete(dir.resolve("n.md"));
        assertThatThrownBy(source::load).isInstanceOf(NoteException.class).hasMessage("no such file or folder");
    }

    @Test
    void aNoteGrownPastTheLimitSinceTheWalkIsRefusedBeforeItIsReadWhole() throws Exception {
        NoteSource.File source = walked("# Small\n");
        Files.writeString(dir.resolve("n.md"), "# Big\n" + "x".repeat(5_000));
        assertThatThrownBy(source::load).hasMessage("note is larger than --max-note-size (1 KB)");
    }
}
