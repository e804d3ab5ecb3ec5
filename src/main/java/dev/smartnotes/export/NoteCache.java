package dev.smartnotes.export;

import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.NoteSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The notes the first pass read, kept for the second while they fit a fixed budget of their files'
 * bytes: the second pass takes a note from here instead of reading and parsing it again, and reads
 * the notes that did not fit. Memory stays bounded whatever the collection's size.
 */
final class NoteCache {
    /** Bytes of notes kept at most: some 15,000 notes of a typical size, some 40 MB once parsed. */
    static final long CAPACITY = 16L << 20;

    private final Map<NoteSource, Note> notes = new ConcurrentHashMap<>();
    private final AtomicLong free = new AtomicLong(CAPACITY);

    /** Keeps the note if there is room for it. */
    void offer(NoteSource source, Note note) {
        long size = Math.max(1, source.size());
        if (free.addAndGet(-size) >= 0) {
            notes.put(source, note);
        } else {
            free.addAndGet(size);
        }
    }

    /** The note the first pass read, taken out, or null if it was not kept. */
    Note take(NoteSource source) {
        Note note = notes.remove(source);
        if (note != null) {
            free.addAndGet(Math.max(1, source.size()));
        }
        return note;
    }
}
