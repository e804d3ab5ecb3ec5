package dev.smartnotes.collect;

import java.io.IOException;

/**
 * A collection file that cannot be written at all; the message is one line. {@code FOREIGN}: an
 * existing file that SmartNotes did not write, refused unless forced (a usage error, like a foreign
 * output folder); {@code LOCKED}: another program holds the database.
 */
public final class CollectionException extends IOException {
    /** Why the file cannot be written. */
    public enum Kind { FOREIGN, LOCKED }

    private final Kind kind;

    public CollectionException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
