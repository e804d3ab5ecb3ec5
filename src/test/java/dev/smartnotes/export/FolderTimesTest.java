package dev.smartnotes.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folder stamps against what a look at every file would answer. The stamps are recorded as if an
 * hour had passed since the files were written (the {@code start} of {@link FolderTimes}), so that
 * every folder counts as settled; the holes are the ways a folder's modification time alone misleads.
 */
class FolderTimesTest {
    private static final long HOUR_LATER = System.currentTimeMillis() + 3_600_000;

    @TempDir
    Path out;
    @TempDir
    Path elsewhere;

    @BeforeEach
    void files() throws Exception {
        Files.createDirectories(out.resolve("md/sub"));
        Files.createDirectories(out.resolve("md/other"));
        Files.writeString(out.resolve("md/a.md"), "a");
        Files.writeString(out.resolve("md/sub/b.md"), "b");
        Files.writeString(out.resolve("md/other/c.md"), "c");
    }

    /** The stamps an incremental run records after finding these files. */
    private Map<String, String> recorded(String... files) {
        FolderTimes first = new FolderTimes(out, Map.of(), HOUR_LATER);
        for (String file : files) {
            assertThat(first.holds(file)).as(file).isTrue();
        }
        return first.settled();
    }

    @Test
    void withoutRecordedStampsEveryFileIsLookedAt() {
        FolderTimes times = new FolderTimes(out, Map.of(), HOUR_LATER);
        assertThat(times.holds("md/a.md")).isTrue();
        assertThat(times.holds("md/missing.md")).isFalse();
        assertThat(times.holds("md/sub")).as("a folder is not a file").isFalse();
        assertThat(times.holds("md/nowhere/c.md")).isFalse();
        assertThat(times.holds("md/sub/b.md")).isTrue();
        assertThat(times.settled()).as("the folders looked into").containsOnlyKeys("md", "md/sub");
    }

    @Test
    void aFolderWithItsRecordedStampHoldsItsFiles() {
        Map<String, String> recorded = recorded("md/a.md", "md/sub/b.md");
        FolderTimes times = new FolderTimes(out, recorded, HOUR_LATER);
        assertThat(times.holds("md/a.md")).isTrue();
        assertThat(times.holds("md/sub/b.md")).isTrue();
        assertThat(times.settled()).isEqualTo(recorded);
    }

    @Test
    void aFileRemovedOrReplacedIsMissedByNoFolder() throws Exception {
        Map<String, String> recorded = recorded("md/a.md", "md/sub/b.md", "md/other/c.md");
        Files.delete(out.resolve("md/sub/b.md"));
        Files.delete(out.resolve("md/a.md"));
        Files.createDirectories(out.resolve("md/a.md"));
        FolderTimes times = new FolderTimes(out, recorded, HOUR_LATER);
        assertThat(times.holds("md/sub/b.md")).isFalse();
        assertThat(times.holds("md/a.md")).as("a folder where the file was").isFalse();
        assertThat(times.holds("md/other/c.md")).isTrue();
    }

    @Test
    void aFolderWhoseTimeWasSetBackAfterAFileWentIsLookedInto() throws Exception {
        Map<String, String> recorded = recorded("md/sub/b.md");
        FileTime before = Files.getLastModifiedTime(out.resolve("md/sub"));
        Files.delete(out.resolve("md/sub/b.md"));
        Files.setLastModifiedTime(out.resolve("md/sub"), before); // as tar, rsync -a or cp -a leave a folder they restored
        assertThat(new FolderTimes(out, recorded, HOUR_LATER).holds("md/sub/b.md")).isFalse();
    }

    @Test
    void twoFoldersSwappedByRenamesAreLookedInto() throws Exception {
        Map<String, String> recorded = recorded("md/sub/b.md", "md/other/c.md");
        Files.move(out.resolve("md/sub"), out.resolve("md/swap"));
        Files.move(out.resolve("md/other"), out.resolve("md/sub"));
        Files.move(out.resolve("md/swap"), out.resolve("md/other"));
        FolderTimes times = new FolderTimes(out, recorded, HOUR_LATER);
        assertThat(times.holds("md/sub/b.md")).isFalse();
        assertThat(times.holds("md/other/c.md")).isFalse();
    }

    @Test
    void aFolderWithAnOutputThatIsALinkIsNotRecorded() throws Exception {
        Files.writeString(elsewhere.resolve("d.md"), "d");
        Files.createSymbolicLink(out.resolve("md/sub/d.md"), elsewhere.resolve("d.md"));
        FolderTimes first = new FolderTimes(out, Map.of(), HOUR_LATER);
        assertThat(first.holds("md/sub/d.md")).as("a link to a file counts, as the passes count it").isTrue();
        assertThat(first.holds("md/a.md")).isTrue();
        Map<String, String> recorded = first.settled();
        assertThat(recorded).as("the link's target can go without md/sub changing").containsOnlyKeys("md");

        Files.delete(elsewhere.resolve("d.md"));
        assertThat(new FolderTimes(out, recorded, HOUR_LATER).holds("md/sub/d.md")).isFalse();
    }

    @Test
    void aFolderChangedWithinTheLastTwoSecondsIsNotRecorded() throws Exception {
        FolderTimes times = new FolderTimes(out, Map.of()); // now: the folders were written just now
        assertThat(times.holds("md/a.md")).isTrue();
        assertThat(times.settled()).isEmpty();
    }
}
