package dev.smartnotes.notes;

/** A note that cannot be read or parsed; the message is the one-line reason shown to the user. */
public final class NoteException extends Exception {
    public NoteException(String message) {
        super(message, null, false, false);
    }
}
