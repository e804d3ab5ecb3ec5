package dev.smartnotes.export;

import dev.smartnotes.notes.IoFailures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
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

    /**
     * The writer's own defence behind the safe names: a name that is absolute or climbs out is refused
     * by its text, before any folder is made (an absolute name has no folder to check by its real path).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/tmp/smartnotes-escape.md", "..", "../escape.md", "md/../../escape.md",
        "md/./../../escape.md", "md//x.md"})
    void refusesNamesThatLeaveItsFolderByTheirText(String name) throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        FileWriter w = new FileWriter(out, 4, false);
        if (name.equals("md//x.md")) {
            w.write(name, new byte[1]); // an empty segment is tidied, not refused: it stays inside
            assertThat(out.resolve("md/x.md")).exists();
            return;
        }
        assertThatThrownBy(() -> w.write(name, new byte[1])).hasMessage("refusing to write outside the output folder: " + name);
        assertThat(Path.of("/tmp/smartnotes-escape.md")).doesNotExist();
        assertThat(dir.resolve("escape.md")).doesNotExist();
        assertThat(Path.of(dir.getParent().toString(), "escape.md")).doesNotExist();
    }

    @Test
    void refusesToWriteOutsideItsFolder() throws Exception {
        Files.createDirectories(dir.resolve("out"));
        FileWriter w = new FileWriter(dir.resolve("out"), 4, false);
        assertThatThrownBy(() -> w.write("../escape.md", new byte[1])).hasMessageContaining("outside");
        Files.createDirectories(dir.resolve("elsewhere"));
        Files.createSymbolicLink(dir.resolve("out/link"), dir.resolve("elsewhere"));
        assertThatThrownBy(() -> w.write("link/x.md", new byte[1])).hasMessageContaining("outside");
        assertThatThrownBy(() -> w.write("link/sub/deeper/x.md", new byte[1])).hasMessageContaining("outside");
        assertThat(dir.resolve("escape.md")).doesNotExist();
        assertThat(dir.resolve("elsewhere")).isEmptyDirectory();
    }

    @Test
    void aRemovedOutputFolderIsNotMadeAgain() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        FileWriter writer = new FileWriter(out, 4, false);
        writer.write("md/a/x.md", "x".getBytes());
        for (Path p : List.of(out.resolve("md/a/x.md"), out.resolve("md/a"), out.resolve("md"), out)) {
            Files.delete(p);
        }
        assertThatThrownBy(() -> writer.write("md/b/y.md", new byte[1])).isInstanceOf(NoSuchFileException.class)
                .satisfies(e -> assertThat(IoFailures.reason((NoSuchFileException) e)).isEqualTo("no such file or folder"));
        assertThatThrownBy(() -> writer.write("md/a/z.md", new byte[1])).isInstanceOf(NoSuchFileException.class);
        assertThat(out).doesNotExist();
    }

    @Test
    void aFileInTheWayOfAFolderIsAClearError() throws Exception {
        Files.writeString(dir.resolve("md"), "not a folder");
        FileWriter writer = new FileWriter(dir, 4, false);
        assertThatThrownBy(() -> writer.write("md/x.md", new byte[1])).hasMessageContaining("in the way");
    }

    @Test
    void aNewFolderIsStagedAndAppearsWholeWhenPublished() throws Exception {
        Files.createDirectories(dir.resolve("json"));
        FileWriter writer = new FileWriter(dir, 4, false);
        writer.stage("md");
        writer.stage("json"); // exists already: written file by file as before
        writer.stage("csv"); // gets no file
        writer.write("md/a/b.md", "b".getBytes());
        writer.write("md/c.md", "c".getBytes());
        writer.write("json/d.json", "d".getBytes());
        assertThat(dir.resolve("md")).as("nothing of md/ shows before it is published").doesNotExist();
        assertThat(dir.resolve("json/d.json")).hasContent("d");
        writer.publish();
        assertThat(Files.readString(dir.resolve("md/a/b.md"))).isEqualTo("b");
        assertThat(Files.readString(dir.resolve("md/c.md"))).isEqualTo("c");
        assertThat(names(dir)).containsExactlyInAnyOrder("md", "json");
    }

    @Test
    void aFolderMadeBySomeoneElseDuringTheRunGetsTheStagedFilesOneByOne() throws Exception {
        FileWriter writer = new FileWriter(dir, 4, false);
        writer.stage("md");
        writer.write("md/a/b.md", "new".getBytes());
        Files.createDirectories(dir.resolve("md/a"));
        Files.writeString(dir.resolve("md/a/b.md"), "theirs");
        Files.writeString(dir.resolve("md/other.md"), "other");
        writer.publish();
        assertThat(dir.resolve("md/a/b.md")).hasContent("new");
        assertThat(dir.resolve("md/other.md")).hasContent("other");
        assertThat(names(dir)).containsExactly("md");
    }

    @Test
    void aKilledRunsStagingFolderIsSweptLikeItsTemporaryFiles() throws Exception {
        FileWriter writer = new FileWriter(dir, 4, false);
        writer.stage("md");
        writer.write("md/a/b.md", "b".getBytes()); // never published: the run was killed
        Files.writeString(dir.resolve("keep.md"), "keep");
        assertThat(OutputFolder.sweep(dir)).isEqualTo(1);
        assertThat(names(dir)).containsExactly("keep.md");
    }

    @Test
    void withFsyncEveryFileIsRenamedIntoPlaceAtOnce() throws Exception {
        FileWriter writer = new FileWriter(dir, 4, true);
        writer.stage("md");
        writer.write("md/x.md", "x".getBytes());
        assertThat(dir.resolve("md/x.md")).hasContent("x");
    }

    @Test
    void plainNamesAreTheOnesThatNormaliseToThemselvesInsideTheRoot() {
        Path root = Path.of("/out");
        for (String name : List.of("md/a.md", "a", "md/x y/b.json", "md/.hidden", "md/..x/b", "md/x../b", "...", "md/a.md.")) {
            assertThat(Inside.plain(name)).as(name).isTrue();
            assertThat(root.resolve(name).normalize()).as(name).isEqualTo(root.resolve(name)).startsWithRaw(root);
        }
        for (String name : List.of("", "/abs", "md//a", "md/", "./md/a", "md/./a", "../a", "md/../../a", "..", ".", "md/a\u0000b")) {
            assertThat(Inside.plain(name)).as(name).isFalse();
        }
    }

    /** The names of what a folder holds. */
    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).toList();
        }
    }
}
