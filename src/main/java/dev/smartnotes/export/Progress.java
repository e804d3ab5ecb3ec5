package dev.smartnotes.export;

/** Told how far a run has got; called from many threads at once. */
public interface Progress {
    Progress NONE = new Progress() {};

    /** The run will do {@code tasks} (note, format) tasks, or an unknown number if negative. */
    default void start(String label, long tasks) {}

    /** The run's number of tasks, once known. */
    default void total(long tasks) {}

    default void advance() {}

    default void finish() {}
}
