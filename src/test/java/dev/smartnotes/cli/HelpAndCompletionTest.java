package dev.smartnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpAndCompletionTest {
    private final Cli cli = Cli.create();

    @Test
    void exportHelpDescribesEveryOptionAndEndsWithExamples() {
        assertThat(cli.run("export", "--help")).isZero();
        String help = cli.stdout();
        for (String option : new String[] {"--notes", "--out", "--format", "--mode", "--threads", "--latency", "--seed", "--fsync",
                "--max-open", "--max-note-size", "--force", "--csv-raw", "--csv-bom", "--incremental", "--prune", "--dry-run", "--tag",
                "--all-tags", "--skip-tag", "--since", "--include", "--exclude", "--report", "--quiet", "--verbose"}) {
            assertThat(help).contains(option);
        }
        assertThat(help).contains("md, json, csv, all", "sequential, concurrent, threads, compare", "Default: export");
        assertThat(help.strip().lines().toList().getLast()).startsWith("  smartnotes export");
    }

    /** The help stays as reviewed (help/*.txt): a change to it is a change to review. */
    @ParameterizedTest
    @ValueSource(strings = {"smartnotes", "export", "bench"})
    void helpIsAsReviewed(String command) throws IOException {
        String[] args = command.equals("smartnotes") ? new String[] {"--help"} : new String[] {command, "--help"};
        assertThat(cli.run(args)).isZero();
        String expected;
        try (InputStream saved = getClass().getResourceAsStream("help/" + command + ".txt")) {
            expected = new String(saved.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(comparable(cli.stdout())).isEqualTo(comparable(expected));
    }

    /** The --threads default depends on the number of cores (the saved help's machine has 2), and the wrapping with it. */
    private static String comparable(String help) {
        return help.replaceAll("4 per CPU core \\(\\d+\\)", "4 per CPU core (N)").replaceAll("\\s+", " ").strip();
    }

    @Test
    void everySubcommandIsListed() {
        assertThat(SmartNotes.commandLine().getSubcommands()).containsOnlyKeys("export", "sample", "bench", "completion", "help");
        assertThat(SmartNotes.commandLine(Signals.none(), "help", "export").getSubcommands()).hasSize(5);
        assertThat(SmartNotes.commandLine(Signals.none(), "exprt").getSubcommands()).as("a typo gets every name to suggest from").hasSize(5);
    }

    @Test
    void aRunOfOneSubcommandHoldsThatOneOnly() {
        assertThat(SmartNotes.commandLine(Signals.none(), "export", "--help").getSubcommands()).containsOnlyKeys("export");
        assertThat(SmartNotes.commandLine(Signals.none(), "sample").getSubcommands()).containsOnlyKeys("sample");
    }

    @Test
    void aMistypedOptionNamesTheLikelyOne() {
        assertThat(cli.run("export", "--fromat", "json")).isEqualTo(2);
        assertThat(cli.stderr()).contains("--fromat").contains("--format");
    }

    @Test
    void versionNamesTheToolAndTheJdk() {
        assertThat(cli.run("--version")).isZero();
        assertThat(cli.stdout()).startsWith("smartnotes ").contains("Java " + Runtime.version().feature());
    }

    @Test
    void completionScriptsForBashAndZsh() {
        assertThat(cli.run("completion", "bash")).isZero();
        assertThat(cli.stdout()).contains("complete -F", "--latency", "export", "sample");
        assertThat(cli.run("completion", "zsh")).isZero();
        assertThat(cli.stdout()).contains("bashcompinit");
        assertThat(cli.run("completion", "fish")).isEqualTo(2);
    }

    @Test
    void manualPagesForEveryCommand(@TempDir Path dir) throws Exception {
        ManPages.main(new String[] {dir.toString()});
        assertThat(dir.resolve("smartnotes.1")).exists();
        String export = Files.readString(dir.resolve("smartnotes-export.1"));
        assertThat(export).startsWith(".TH SMARTNOTES-EXPORT 1").contains(".SH OPTIONS", "\\fB\\-\\-latency\\fR", ".SH EXAMPLES", ".SH EXIT STATUS")
                .doesNotContain("${");
        assertThat(dir.resolve("smartnotes-sample.1")).exists();
        assertThat(dir.resolve("smartnotes-completion.1")).exists();
    }
}
