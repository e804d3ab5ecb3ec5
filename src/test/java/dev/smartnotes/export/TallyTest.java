package dev.smartnotes.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smartnotes.links.LinkTargets;
import dev.smartnotes.notes.Problem;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TallyTest {
    private static final Manifest.Entry OLD = Manifest.Entry.of("b.md", "old/name", List.of("md"), 1, 1, null, "o", LinkTargets.NONE, null, null);
    private static final Manifest.Entry OTHER = Manifest.Entry.of("a.md", "a", List.of("md"), 1, 1, null, "o", LinkTargets.NONE, null, null);
    private static final Manifest.Entry NEW = Manifest.Entry.of("b.md", "new/name", List.of("md"), 1, 1, null, "o", LinkTargets.NONE, null, null);

    @Test
    void sumsTheResultsOfEveryNote() {
        Tally tally = new Tally(true);
        tally.add(new NoteOutcome("b.md", 10, List.of(new TaskResult.Written("md/b.md", 100, 20), new TaskResult.Written("json/b.json", 50, 5)), null,
                OLD, NEW, true));
        tally.add(new NoteOutcome("a.md", 1, List.of(new TaskResult.Written("md/a.md", 7, 30), new TaskResult.Unchanged(3)), null, null, OTHER, true));
        tally.add(new NoteOutcome("c.md", 2, List.of(new TaskResult.Excluded(), new TaskResult.Excluded()), null, null, null, false));
        Problem bad = new Problem("d.md", "invalid UTF-8 at byte 3");
        tally.add(new NoteOutcome("d.md", 4, List.of(new TaskResult.Failed(bad, 0), new TaskResult.Failed(bad, 0)), null, null, null, false));
        // Stopped after its Markdown: its entry lists that file, but the note is not counted as exported.
        Manifest.Entry markdownOnly = Manifest.Entry.of("e.md", "e", List.of("md"), 1, 1, null, "o", LinkTargets.NONE, null, null);
        tally.add(new NoteOutcome("e.md", 0, List.of(new TaskResult.Written("md/e.md", 0, 0), new TaskResult.Skipped()), null, null,
                markdownOnly, false));
        tally.problems(List.of(new Problem("0-folder", "permission denied")));

        Tally.Sums sums = tally.sums();
        assertThat(sums.notes()).as("with every file on disk: a manifest entry").isEqualTo(2);
        assertThat(sums.files()).isEqualTo(4);
        assertThat(sums.unchanged()).isEqualTo(1);
        assertThat(sums.bytes()).isEqualTo(157);
        assertThat(sums.taskNanos()).isEqualTo(10 + 20 + 5 + 1 + 30 + 3 + 2 + 4);
        assertThat(sums.longest()).isEqualTo(30);
        assertThat(sums.problems()).extracting(Problem::where).containsExactly("0-folder", "d.md");
        assertThat(sums.entries()).containsOnlyKeys("a.md", "b.md", "e.md");
        assertThat(sums.renamed()).containsExactly(Map.entry("b.md", OLD));
        assertThat(sums.written()).containsExactly("md/a.md", "md/b.md", "json/b.json", "md/e.md");
    }

    @Test
    void outcomesFromManyThreadsAtOnceAreAllCounted() {
        Tally tally = new Tally(false);
        IntStream.range(0, 10_000).parallel().forEach(i -> tally.add(
                new NoteOutcome(i + ".md", 1, List.of(new TaskResult.Written("md/" + i + ".md", 1, 1)), null, null, NEW, true)));
        assertThat(tally.sums().files()).isEqualTo(10_000);
        assertThat(tally.sums().entries()).hasSize(10_000);
        assertThat(tally.sums().written()).isEmpty();
    }
}
