package dev.smartnotes.export;

/** A run that cannot start or go on at all, such as an --out that is a file; the message is one line. */
public final class ExportException extends Exception {
    /** Whether the user's command must change (a usage error) or the machine failed. */
    public enum Kind { USAGE, IO }

    private final Kind kind;

    public ExportException(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
