package dev.smartnotes.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesAtomicallyAndLeavesNoTemporaryFile() throws Exception {
        FileWriter writer = new FileWriter(dir, 4, true);
        writer.write("md/a/b.md", "first".getBytes());
        writer.write("md/a/b.md", "second".getBytes());
        assertThat(Files.readString(dir.resolve("md/a/b.md"))).isEqualTo("second");
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile)).containsExactly(dir.resolve("md/a/b.md"));
        }
    }

    @Test
    void refusesToWriteOutsideItsFolder() throws Exception {
        Files.createDirectories(dir.resolve("out"));
        FileWriter w = new FileWriter(dir.resolve("out"), 4, false);
        assertThatThrownBy(() -> w.write("../escape.md", new byte[1])).hasMessageContaining("outside");
        Files.createDirectories(dir.resolve("elsewhere"));
        Files.createSymbolicLink(dir.resolve("out/link"), dir.resolve("elsewhere"));
        assertThatThrownBy(() -> w.write("link/x.md", new byte[1])).hasMessageContaining("outside");
        assertThat(dir.resolve("escape.md")).doesNotExist();
        assertThat(dir.resolve("elsewhere")).isEmptyDirectory();
    }

    @Test
    void aFileInTheWayOfAFolderIsAClearError() throws Exception {
        Files.writeString(dir.resolve("md"), "not a folder");
        FileWriter writer = new FileWriter(dir, 4, false);
        assertThatThrownBy(() -> writer.write("md/x.md", new byte[1])).hasMessageContaining("in the way");
    }
}
