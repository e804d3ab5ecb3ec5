package dev.smartnotes.report;

import dev.smartnotes.notes.Problem;
import java.util.List;

/**
 * The numbers of one export run.
 *
 * @param mode sequential, concurrent or threads
 * @param threads the pool size in threads mode, else 0
 * @param notes notes exported without a problem
 * @param files files written
 * @param unchanged files left as they were by an incremental run
 * @param removed files removed by --prune
 * @param attachments attachments copied beside the Markdown (counted in {@code files} too)
 * @param unresolvedLinks links that name no file, once per note and target
 * @param taskNanosSum the sum of every task's own time: what a sequential run would cost
 * @param longestTaskNanos the longest single task: the floor for any mode
 * @param problems one line each, sorted by where they happened
 * @param linkIssues one line per link that leads nowhere or could not be embedded, for --verbose
 * @param interruption why the run stopped early, or null
 * @param dryRun nothing was written: {@code files} and {@code bytes} say what would have been
 * @param planned in a dry run, the files that would be written, relative to {@code out}
 * @param removedFiles the files removed (or, in a dry run, that would be), relative to {@code out}
 */
public record RunReport(
        String mode,
        int threads,
        String out,
        long notes,
        long files,
        long unchanged,
        long removed,
        long bytes,
        long attachments,
        long unresolvedLinks,
        long wallNanos,
        long taskNanosSum,
        long longestTaskNanos,
        String latency,
        List<Problem> problems,
        List<Problem> linkIssues,
        String interruption,
        boolean dryRun,
        List<String> planned,
        List<String> removedFiles) implements Report {

    public RunReport {
        problems = List.copyOf(problems);
        linkIssues = List.copyOf(linkIssues);
        planned = List.copyOf(planned);
        removedFiles = List.copyOf(removedFiles);
    }

    @Override
    public boolean failed() {
        return !problems.isEmpty();
    }

    public double wallSeconds() {
        return wallNanos / 1e9;
    }

    public double taskSecondsSum() {
        return taskNanosSum / 1e9;
    }

    public double longestTaskSeconds() {
        return longestTaskNanos / 1e9;
    }

    public double filesPerSecond() {
        return wallNanos == 0 ? 0 : files / wallSeconds();
    }

    /** How many tasks ran at once on average: the sum of task times over the wall time. */
    public double overlap() {
        return wallNanos == 0 ? 0 : (double) taskNanosSum / wallNanos;
    }

    /** The mode as shown to people: {@code threads (8)} for the pool. */
    public String label() {
        return threads > 0 ? mode + " (" + threads + ")" : mode;
    }
}
