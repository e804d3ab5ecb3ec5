package dev.smartnotes.export;

/** Told how far a run has got; called from many threads at once. */
public interface Progress {
    Progress NONE = new Progress() {};

    /** The run will do {@code tasks} (note, format) tasks. */
    default void start(String label, long tasks) {}

    default void advance() {}

    default void finish() {}
}
