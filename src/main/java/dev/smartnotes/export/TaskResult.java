package dev.smartnotes.export;

import dev.smartnotes.notes.Problem;

/** What one (note, format) task did; failures are values, so one bad note never stops the others. */
public sealed interface TaskResult {
    /** The task's own time: render, write and simulated latency, without waiting for the walk or a free file. */
    long nanos();

    /** Whether the task's file is on disk as this run wants it (written, or already up to date). */
    default boolean onDisk() {
        return switch (this) {
            case Written written -> true;
            case Unchanged unchanged -> true;
            case Failed failed -> false;
            case Excluded excluded -> false;
            case Skipped skipped -> false;
            case Row row -> true;
        };
    }

    /** The file was written (or, in a dry run, would be): {@code file} relative to --out. */
    record Written(String file, long bytes, long nanos) implements TaskResult {
        Written plus(long waited) {
            return new Written(file, bytes, nanos + waited);
        }
    }

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

    /** The note's row in a whole-collection file, handed to the file's writer. */
    record Row(long nanos) implements TaskResult {}

    /** Not run: the run was stopped first. */
    record Skipped() implements TaskResult {
        @Override
        public long nanos() {
            return 0;
        }
    }
}
