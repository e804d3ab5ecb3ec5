package dev.smartnotes.notes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes generated files under a folder, making the folders they need. Each file is written whole
 * or not at all: into a hidden temporary file beside it, then moved over its name in one step, so
 * that a run stopped half-way leaves no half-written note where an export would read it.
 */
public final class SampleWriter implements Consumer<SampleFile> {
    /** What a writer wrote: notes, other files, and the bytes of both. */
    public record Tally(long notes, long attachments, long bytes) {}

    private final Path root;
    /** The folders made so far: few, whatever the number of files. */
    private final Set<Path> folders = new HashSet<>();
    private long notes;
    private long attachments;
    private long bytes;

    public SampleWriter(Path root) {
        this.root = root;
    }

    /**
     * Writes one file.
     *
     * @throws UncheckedIOException if it cannot, with a one-line message that names the file
     */
    @Override
    public void accept(SampleFile file) {
        Path target = root.resolve(file.path());
        try {
            write(target, file.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + IoFailures.reason(e), e);
        }
        switch (file) {
            case SampleGenerator.Sample note -> notes++;
            case SampleFile.Attachment attachment when attachment.kind() == SampleFile.Kind.SETTINGS -> { } // the app's own, not the notes'
            case SampleFile.Attachment attachment -> attachments++;
        }
    }

    private void write(Path target, byte[] data) throws IOException {
        Path folder = target.getParent();
        if (folders.add(folder)) {
            Files.createDirectories(folder);
        }
        Path temporary = folder.resolve("." + target.getFileName() + ".tmp");
        try {
            Files.write(temporary, data);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
        bytes += data.length;
    }

    public Tally tally() {
        return new Tally(notes, attachments, bytes);
    }
}
