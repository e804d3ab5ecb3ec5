package dev.smartnotes.notes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * Where a note comes from, known before it is read: its relative path is enough to plan the
 * output names, so reading and parsing can happen later, inside the export tasks.
 */
public sealed interface NoteSource {

    /** The note's path relative to the collection root, with {@code /} separators. */
    String path();

    /** By path. */
    Comparator<NoteSource> BY_PATH = Comparator.comparing(NoteSource::path);

    /** The note as the user knows it, for messages: the file as found, or the path for notes held in memory. */
    default String where() {
        return path();
    }

    /** About how big the note is: the file's bytes when the folder was walked, else its text's characters or body bytes. */
    long size();

    /** The note's bytes as read: the file, the Markdown text, or the JSON of a parsed note. */
    byte[] bytes() throws NoteException;

    /** Reads and parses the note. */
    Note load() throws NoteException;

    /**
     * A Markdown file on disk, with the size and modification time seen when the folder was walked.
     * It keeps the folder it was found from ({@code base}, shared by every note of a walk) rather than
     * its own {@code Path}: a path object, its bytes and its cached text were a quarter of what each
     * note held until the end of a run.
     */
    record File(String path, Path base, long size, long modifiedMillis, long maxBytes) implements NoteSource {
        /** The file as the walk found it. */
        public Path file() {
            return base.resolve(path);
        }

        @Override
        public String where() {
            return file().toString();
        }

        @Override
        public Note load() throws NoteException {
            return NoteParser.parse(path, bytes());
        }

        /** The file's bytes, refusing files over {@code maxBytes} before reading them whole. */
        @Override
        public byte[] bytes() throws NoteException {
            // One byte more than allowed tells a note that is too big; an array holds a little under 2 GiB.
            long limit = Math.min(maxBytes, Integer.MAX_VALUE - 9L) + 1;
            Path file = file();
            try {
                byte[] bytes = size < limit ? readExactly(file, (int) size) : null;
                if (bytes != null) {
                    return bytes;
                }
            } catch (IOException e) {
                throw new NoteException(IoFailures.reason(e));
            }
            // Changed since the walk, or too big: read up to the limit, whatever the size now.
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) limit);
                if (bytes.length == limit) {
                    throw new NoteException("note is larger than --max-note-size (" + Sizes.human(limit - 1) + ")");
                }
                return bytes;
            } catch (IOException e) {
                throw new NoteException(IoFailures.reason(e));
            }
        }
    }

    /**
     * The bytes of a file that still holds exactly {@code size} of them, else null: open, one read
     * into an array of that size, one read that sees the end, close (a stream asks for the size and
     * the position too, and copies the bytes once more).
     */
    private static byte[] readExactly(Path file, int size) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            byte[] bytes = new byte[size];
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer) < 0) {
                    return null; // shorter now
                }
            }
            return channel.read(ByteBuffer.allocate(1)) < 0 ? bytes : null;
        }
    }

    /** A note held in memory as Markdown text, such as one of the built-in demo notes. */
    record Text(String path, String markdown) implements NoteSource {
        @Override
        public long size() {
            return markdown.length();
        }

        @Override
        public Note load() throws NoteException {
            return NoteParser.parse(path, bytes());
        }

        @Override
        public byte[] bytes() {
            return markdown.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** A note already parsed, such as one read from a JSON export. */
    record Parsed(Note note) implements NoteSource {
        @Override
        public String path() {
            return note.path();
        }

        @Override
        public long size() {
            return note.body().size();
        }

        @Override
        public Note load() {
            return note;
        }

        @Override
        public byte[] bytes() {
            return NoteJson.toJson(note);
        }
    }
}
