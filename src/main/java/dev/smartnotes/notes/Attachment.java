package dev.smartnotes.notes;

import java.nio.file.Path;

/**
 * A file of the collection that is not a note (an image, a PDF, a canvas…), as the walk found it.
 *
 * @param path relative to the collection root, with {@code /} separators
 * @param base the folder the walk started from (shared by every file of a walk)
 */
public record Attachment(String path, Path base, long size, long modifiedMillis) {
    /** The file as the walk found it. */
    public Path file() {
        return base.resolve(path);
    }
}
