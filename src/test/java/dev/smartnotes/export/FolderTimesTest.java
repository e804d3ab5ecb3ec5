package dev.smartnotes.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderTimesTest {
    private static final FileTime HOUR_AGO = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);

    @TempDir
    Path out;

    @BeforeEach
    void files() throws Exception {
        Files.createDirectories(out.resolve("md/sub"));
        Files.writeString(out.resolve("md/a.md"), "a");
        Files.writeString(out.resolve("md/sub/b.md"), "b");
        Files.setLastModifiedTime(out.resolve("md"), HOUR_AGO);
        Files.setLastModifiedTime(out.resolve("md/sub"), HOUR_AGO);
    }

    @Test
    void withoutRecordedTimesEveryFileIsLookedAt() throws Exception {
        FolderTimes times = new FolderTimes(out, Map.of());
        assertThat(times.holds("md/a.md")).isTrue();
        assertThat(times.holds("md/missing.md")).isFalse();
        assertThat(times.holds("md/sub")).as("a folder is not a file").isFalse();
        assertThat(times.holds("md/nowhere/c.md")).isFalse();
        assertThat(times.holds("md/sub/b.md")).isTrue();
        assertThat(times.settled()).as("the folders' times, read before their files were looked at")
                .containsOnlyKeys("md", "md/sub").containsEntry("md", HOUR_AGO.to(TimeUnit.NANOSECONDS));
    }

    @Test
    void aFolderWithItsRecordedTimeIsTrustedAndOneWithAnotherIsLookedInto() throws Exception {
        FolderTimes first = new FolderTimes(out, Map.of());
        assertThat(first.holds("md/a.md") && first.holds("md/sub/b.md")).isTrue();
        Map<String, Long> recorded = first.settled();
        Files.delete(out.resolve("md/sub/b.md")); // the folder's time changes
        Files.delete(out.resolve("md/a.md"));
        Files.setLastModifiedTime(out.resolve("md"), HOUR_AGO); // as if removed within the step of the time it had

        FolderTimes times = new FolderTimes(out, recorded);
        assertThat(times.holds("md/a.md")).as("the folder's time is the recorded one: its files are as they were").isTrue();
        assertThat(times.holds("md/sub/b.md")).as("the folder changed: the file is looked for").isFalse();
    }

    @Test
    void aFolderChangedWithinTheLastTwoSecondsIsNotRecorded() throws Exception {
        Files.writeString(out.resolve("md/sub/c.md"), "c"); // md/sub's time is now
        FolderTimes times = new FolderTimes(out, Map.of());
        times.holds("md/a.md");
        times.holds("md/sub/c.md");
        assertThat(times.settled()).containsOnlyKeys("md");
    }
}
