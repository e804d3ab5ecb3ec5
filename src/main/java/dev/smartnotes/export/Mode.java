package dev.smartnotes.export;

import java.util.Locale;

/** How the (note, format) tasks of a run are executed. */
public enum Mode {
    /** One after another on the calling thread: the baseline. */
    SEQUENTIAL,
    /** One virtual thread per task. */
    CONCURRENT,
    /** A fixed pool of platform threads, as before virtual threads. */
    THREADS,
    /** All three on the same notes, side by side. */
    COMPARE;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
