package dev.smartnotes.notes;

/** Something that went wrong with one note or file, shown to the user as {@code where: reason}. */
public record Problem(String where, String reason) {
    @Override
    public String toString() {
        return where + ": " + reason;
    }
}
