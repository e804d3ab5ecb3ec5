package dev.smartnotes.export;

import dev.smartnotes.notes.Problem;

/** What one (note, format) task did; failures are values, so one bad note never stops the others. */
public sealed interface TaskResult {
    /** The task's own time: load (if this task loaded the note), render, write and simulated latency. */
    long nanos();

    record Written(long bytes, long nanos) implements TaskResult {}

    /** The output was already up to date (incremental export). */
    record Unchanged(long nanos) implements TaskResult {}

    /** The note or its file failed; {@code problem} is null when another task of the same note reported it. */
    record Failed(Problem problem, long nanos) implements TaskResult {}

    /** Left out by --tag, --skip-tag or --since. */
    record Excluded() implements TaskResult {
        @Override
        public long nanos() {
            return 0;
        }
    }

    /** Not run: the run was stopped first. */
    record Skipped() implements TaskResult {
        @Override
        public long nanos() {
            return 0;
        }
    }
}
