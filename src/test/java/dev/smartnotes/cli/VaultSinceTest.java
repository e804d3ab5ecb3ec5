package dev.smartnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --since} on the times vaults write: yyyy-mm-dd, ISO date-times with and without an offset,
 * epoch seconds and milliseconds, in {@code updated}, else {@code created}, else the file's time. The
 * times lie days away from the cut, so that no time zone moves a note across it.
 */
class VaultSinceTest {
    private static final FileTime OLD_FILE = FileTime.fromMillis(1_500_000_000_000L); // 2017

    @TempDir
    Path dir;

    private Set<String> exported(Path vault, String since) throws IOException {
        Path out = dir.resolve("out-" + vault.getFileName() + "-" + since);
        Cli cli = Cli.create();
        assertThat(cli.run("export", "--notes", vault.toString(), "--out", out.toString(), "--format", "json", "--since", since)).as("%s", cli).isZero();
        return ExportedVault.read(out).json.keySet();
    }

    private static void ageEveryFile(Path vault) throws IOException {
        try (Stream<Path> files = Files.walk(vault)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, OLD_FILE);
            }
        }
    }

    @Test
    void everyFormOfTime() throws IOException {
        Path vault = Files.createDirectories(dir.resolve("times"));
        List<String[]> notes = List.of(
                new String[] {"date", "updated: 2024-03-20", "updated: 2024-02-01"},
                new String[] {"quoted date", "updated: '2024-03-20'", "updated: \"2024-02-01\""},
                new String[] {"local date-time", "updated: 2024-03-20T10:00:00", "updated: 2024-02-01T10:00:00"},
                new String[] {"date-time with offset", "updated: 2024-03-20T10:00:00+05:30", "updated: 2024-02-01T10:00:00-08:00"},
                new String[] {"UTC date-time", "updated: 2024-03-20T10:00:00Z", "updated: 2024-02-01T10:00:00Z"},
                new String[] {"epoch seconds", "updated: 1710928800", "updated: 1706781600"},
                new String[] {"epoch milliseconds", "updated: 1710928800000", "updated: 1706781600000"},
                new String[] {"created only", "created: 1710928800000", "created: 2024-02-01"},
                new String[] {"updated before created", "created: 2024-01-01\nupdated: 2024-03-20", "created: 2024-03-20\nupdated: 2024-02-01"});
        for (String[] note : notes) {
            Files.writeString(vault.resolve("new " + note[0] + ".md"), "---\n" + note[1] + "\n---\n# New\n");
            Files.writeString(vault.resolve("old " + note[0] + ".md"), "---\n" + note[2] + "\n---\n# Old\n");
        }
        Files.writeString(vault.resolve("no time.md"), "# No time\n");
        ageEveryFile(vault);
        Files.writeString(vault.resolve("touched.md"), "# Touched now\n");

        Set<String> since = exported(vault, "2024-03-10");
        assertThat(since).containsExactlyInAnyOrderElementsOf(
                Stream.concat(notes.stream().map(n -> "new " + n[0] + ".md"), Stream.of("touched.md")).toList());
    }

    @Test
    void dendronEpochMilliseconds() throws IOException {
        Path vault = TestVault.DENDRON.materialize(dir.resolve("dendron"));
        ageEveryFile(vault);
        assertThat(exported(vault, "2024-03-10")).containsExactlyInAnyOrder("proj.alpha.md", "proj.alpha.tasks.md", "people.maria.md",
                "daily.journal.2024.03.15.md");
        assertThat(exported(vault, "2024-02-05")).hasSize(6).doesNotContain("root.md", "proj.beta.md");
    }

    @Test
    void obsidianOffsetsAndEpochSeconds() throws IOException {
        Path vault = TestVault.OBSIDIAN.materialize(dir.resolve("obsidian"));
        ageEveryFile(vault);
        assertThat(exported(vault, "2024-03-10")).containsExactlyInAnyOrder("Home.md", "Daily/2024-03-15.md", "Daily/2024-03-16.md");
    }
}
