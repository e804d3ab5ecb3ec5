package dev.smartnotes.notes;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;

/** One line for an I/O failure: what went wrong, for a message that already names the file. */
public final class IoFailures {
    private IoFailures() {
    }

    /** The reason of {@code e} without exception class names, file names or internal temporary files. */
    public static String reason(IOException e) {
        return switch (e) {
            case NoSuchFileException x -> "no such file or folder"; // its message is only the path, maybe a temporary file
            case AccessDeniedException x -> "permission denied";
            case FileSystemLoopException x -> "symbolic link loop";
            default -> {
                // A FileSystemException's message starts with the file name, which the caller already shows.
                String message = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage();
                if (message == null) {
                    yield e.getClass().getSimpleName();
                }
                if (message.contains("Is a directory")) {
                    yield "is a directory, not a file";
                }
                if (message.contains("Too many levels of symbolic links")) {
                    yield "symbolic link loop";
                }
                yield FrontMatter.oneLine(message);
            }
        };
    }
}
