package dev.smartnotes.collect;

/**
 * What a run does with the collection file an earlier run left: {@code REPLACE} it with the rows
 * put (every note of the run), or {@code MERGE} the rows put into it, keeping the rows of the notes
 * neither put nor removed ({@code --incremental} with the export options unchanged).
 */
public enum Previous {
    REPLACE,
    MERGE
}
