package dev.smartnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.NoteJson;
import dev.smartnotes.notes.NoteParser;
import dev.smartnotes.notes.SampleGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The machine fails under an export: a full disk, a read-only or unwritable --out, an --out that is
 * a file, an --out removed during the run. Each ends in one clear line, a non-zero exit, and no half
 * file or temporary file left.
 */
class FaultTest {
    private static final String STOPPED = ": stopped early; every file written is complete";

    @TempDir
    Path dir;

    private final Cli cli = Cli.create();

    /**
     * A real full disk: a 64 KiB tmpfs, which holds about 16 output files (a page each). A kernel-enforced
     * size is the only honest way: /dev/full fails every write but cannot hold a folder of files.
     * The disk is that small, and the collection bigger than a run holds in flight (1,024 notes), so that
     * it fills while tasks are still being submitted: the moment a stopped run used to fail with
     * RejectedExecutionException instead of saying why.
     */
    @Test
    void aFullDiskStopsTheRunWithOneClearLineAndLeavesOnlyCompleteFiles() throws Exception {
        Path notes = sampleJson(1_500);
        Path disk = Files.createDirectories(dir.resolve("disk"));
        mount(disk, "size=64k");
        try {
            Path out = disk.resolve("out");
            assertThat(cli.run("export", "--notes", notes.toString(), "--out", out.toString(), "--format", "all")).as("%s", cli).isEqualTo(1);
            List<String> stderr = cli.stderr().lines().toList();
            assertThat(stderr).as("%s", cli).filteredOn(line -> line.startsWith("smartnotes: ")).singleElement().asString()
                    .startsWith("smartnotes: No space left on device (writing ").endsWith(STOPPED);
            assertThat(stderr).as("the files that failed, and why").allMatch(line -> line.contains("No space left on device"));
            assertThat(cli.stdout()).startsWith("Stopped after exporting");
            assertThat(Outputs.leftovers(out)).isEmpty();
            assertThat(Outputs.assertComplete(out, Outputs.byName(notes))).as("files complete before the disk filled")
                    .isPositive().isLessThan(1_500 * 3);
        } finally {
            unmount(disk);
        }
    }

    /**
     * The disk fills just as the manifest is written: the notes' files are complete, the previous
     * manifest is left whole, and the run says in one line that the manifest could not be written
     * (exit 1). The disk is a small tmpfs filled up to a few pages; the test tries a few sizes until
     * the last page goes to the notes' files and none is left for the new manifest.
     */
    @Test
    void aDiskFullWhileTheManifestIsWrittenLeavesThePreviousOneWhole() throws Exception {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("one.md"), "---\ntitle: One\n---\nBody\n");
        boolean seen = false;
        for (int free = 2; free <= 12 && !seen; free++) {
            Path disk = Files.createDirectories(dir.resolve("disk" + free));
            mount(disk, "size=512k");
            try {
                Path out = disk.resolve("out");
                Files.createDirectories(out);
                Files.writeString(out.resolve(".smartnotes-manifest.json"), "{\"tool\":\"smartnotes\",\"version\":3,\"layout\":\"plain\",\"notes\":{}}");
                long pages = 512 / 4;
                Files.write(disk.resolve("filler"), new byte[(int) ((pages - 1 - free) * 4096)]);
                int exit = cli.run("export", "--notes", notes.toString(), "--out", out.toString());
                if (cli.stderr().contains("cannot write the manifest")) {
                    seen = true;
                    assertThat(exit).as("%s", cli).isEqualTo(1);
                    assertThat(cli.stderr().lines()).as("%s", cli).containsExactly(out + ": cannot write the manifest: No space left on device");
                    assertThat(Files.readString(out.resolve(".smartnotes-manifest.json"))).as("the previous manifest, whole").contains("\"notes\":{}");
                    assertThat(Outputs.leftovers(out)).isEmpty();
                    assertThat(Outputs.assertComplete(out, Outputs.byName(notes))).isEqualTo(3);
                }
            } finally {
                unmount(disk);
            }
        }
        assertThat(seen).as("some size of disk fills up exactly at the manifest").isTrue();
    }

    @Test
    void aReadOnlyFileSystemIsOneLine() throws Exception {
        Path notes = sampleJson(3);
        Path disk = Files.createDirectories(dir.resolve("disk"));
        mount(disk, "size=64k,ro");
        try {
            Path out = disk.resolve("out");
            assertThat(cli.run("export", "--notes", notes.toString(), "--out", out.toString())).as("%s", cli).isEqualTo(1);
            assertThat(cli.stderr().lines()).containsExactly("smartnotes: cannot create --out " + out + ": Read-only file system");
            assertThat(out).doesNotExist();
        } finally {
            unmount(disk);
        }
    }

    @Test
    void anOutWithoutWritePermissionIsOneLine() throws Exception {
        Assumptions.assumeFalse(Outputs.root(), "running as root, who writes into any folder whatever its permissions "
                + "(CAP_DAC_OVERRIDE); aReadOnlyFileSystemIsOneLine covers an unwritable --out for root");
        Path notes = sampleJson(3);
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThat(cli.run("export", "--notes", notes.toString(), "--out", out.toString())).as("%s", cli).isEqualTo(1);
            assertThat(cli.stderr().lines()).containsExactly("smartnotes: cannot write into --out " + out + ": permission denied");
            assertThat(out).isEmptyDirectory();
        } finally {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @ParameterizedTest(name = "--out {0}")
    @CsvSource(delimiterString = " => ", value = {
        "a-file => 2 => is a file, not a folder",
        "a-file/sub => 1 => Not a directory",
    })
    void anOutThatIsOrLiesInAFileIsOneLine(String relative, int exit, String reason) throws Exception {
        Path notes = sampleJson(3);
        Path file = Files.writeString(dir.resolve("a-file"), "precious");
        Path out = dir.resolve(relative);
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", out.toString())).as("%s", cli).isEqualTo(exit);
        assertThat(cli.stderr().lines()).singleElement().asString().startsWith("smartnotes: ").contains(out.toString(), reason);
        assertThat(file).hasContent("precious");
    }

    /** Slow on purpose (one task after another, 20 ms each), so that the folder goes in the middle of the run. */
    @Test
    void anOutputFolderRemovedDuringTheRunStopsItAndIsNotMadeAgain() throws Exception {
        Path notes = dir.resolve("notes");
        assertThat(cli.run("sample", "--count", "60", "--out", notes.toString())).as("%s", cli).isZero();
        Path out = dir.resolve("out");
        AtomicBoolean running = new AtomicBoolean(true);
        Thread remover = Thread.ofPlatform().name("remover").start(() -> {
            try {
                while (running.get() && !Outputs.anyWritten(out)) {
                    Thread.sleep(2);
                }
                removeUntilGone(out);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        int exit;
        try {
            exit = cli.run("export", "--notes", notes.toString(), "--out", out.toString(), "--format", "all",
                    "--mode", "sequential", "--latency", "20ms");
        } finally {
            running.set(false);
            remover.join();
        }
        assertThat(exit).as("%s", cli).isEqualTo(1);
        List<String> stderr = cli.stderr().lines().toList();
        assertThat(stderr).as("%s", cli).anyMatch(line -> line.startsWith("smartnotes: the output folder of ")
                && line.endsWith(" was removed during the export" + STOPPED));
        assertThat(stderr).as("no internal temporary file is named to the user").noneMatch(line -> line.contains(".smartnotes-"));
        assertThat(cli.stdout()).startsWith("Stopped after exporting");
        assertThat(out).as("the removed folder is not made again").doesNotExist();
    }


    /** Removes the folder, trying again while the run writes into it at the same time. */
    private static void removeUntilGone(Path folder) {
        while (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException | UncheckedIOException e) {
                // The run created or removed a file meanwhile: walk again.
            }
        }
    }

    /** Sample notes in one JSON file: quicker to make than a folder of files. */
    private Path sampleJson(int count) throws Exception {
        List<Note> notes = new ArrayList<>(count);
        for (SampleGenerator.Sample sample : new SampleGenerator(3).generate(count)) {
            notes.add(NoteParser.parse(sample.path(), sample.markdown()));
        }
        Path file = dir.resolve("notes.json");
        NoteJson.mapper().writeValue(file.toFile(), notes);
        return file;
    }

    private static void mount(Path at, String options) throws Exception {
        Assumptions.assumeTrue(Outputs.root(), "mounting a small tmpfs needs root, and there is no other honest way to fill a disk "
                + "or make one read-only (/dev/full fails every write but cannot hold a folder of files)");
        Process mount;
        try {
            mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs", at.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("no mount command here: " + e.getMessage());
            return;
        }
        String output = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        Assumptions.assumeTrue(mount.waitFor() == 0, () -> "cannot mount a tmpfs in this sandbox: " + output);
    }

    private static void unmount(Path at) throws Exception {
        if (new ProcessBuilder("umount", at.toString()).inheritIO().start().waitFor() != 0) {
            // Never leave a mount behind in the temporary folder: detach it lazily instead.
            new ProcessBuilder("umount", "-l", at.toString()).inheritIO().start().waitFor();
        }
    }
}
