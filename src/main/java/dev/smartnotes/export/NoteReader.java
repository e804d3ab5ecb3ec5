package dev.smartnotes.export;

import dev.smartnotes.links.Digest;
import dev.smartnotes.links.Digests;
import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.NoteException;
import dev.smartnotes.notes.NoteParser;
import dev.smartnotes.notes.NoteSource;
import dev.smartnotes.notes.Problem;

/**
 * Reads, checks and parses one note and decides what it needs ({@link Prepared}). An incremental
 * run first compares the note with the manifest's entry: a note whose size and time are as the
 * earlier export saw them, and whose first pass's files are up to date (their links still lead
 * where they led), is not read at all; one that was touched is read, and its hash decides.
 */
final class NoteReader {
    private NoteReader() {}

    /** The first pass's decision. */
    static Prepared first(NoteSource source, RunContext run) {
        return guarded(source, run, start -> run.request().incremental() ? incremental(source, run, start) : full(source, run, start));
    }

    /** The second pass takes the note the first read, or reads it again, to write the formats that needed the whole link graph. */
    static Prepared again(NoteSource source, RunContext run) {
        Note kept = run.cache().take(source);
        return kept != null ? new Prepared.Fresh(kept, null, true, 0)
                : guarded(source, run, start -> new Prepared.Fresh(load(source, run), null, true, System.nanoTime() - start));
    }

    private interface Reading {
        Prepared read(long start) throws NoteException, InterruptedException, ExportException;
    }

    private static Prepared guarded(NoteSource source, RunContext run, Reading reading) {
        if (run.control().cancelled()) {
            return new Prepared.Stopped();
        }
        long start = System.nanoTime();
        try {
            return reading.read(start);
        } catch (InterruptedException | ExportException e) {
            return new Prepared.Stopped();
        } catch (NoteException e) {
            if (e.getMessage().contains("Too many open files")) {
                run.control().cancel(RunControl.TOO_MANY_OPEN_FILES);
            }
            return run.control().cancelled() ? new Prepared.Stopped() // such as a read cut short by the stop's interrupt
                    : new Prepared.Failed(new Problem(source.where(), e.getMessage()), System.nanoTime() - start);
        } catch (RuntimeException e) {
            return run.control().stopIfOutOfMemory(e) || run.control().cancelled() ? new Prepared.Stopped() // such as a read cut short by the stop's interrupt
                    : new Prepared.Failed(new Problem(source.where(), "cannot export: " + e), System.nanoTime() - start);
        }
    }

    /** The note read and parsed, its file open within --max-open. */
    private static Note load(NoteSource source, RunContext run) throws NoteException, InterruptedException {
        try {
            return run.openFiles().with(1, source::load);
        } catch (java.io.IOException e) {
            throw new NoteException(e.getMessage()); // load() turns its own I/O failures into a NoteException already
        }
    }

    private static Prepared full(NoteSource source, RunContext run, long start) throws NoteException, InterruptedException {
        Note note = load(source, run);
        long nanos = System.nanoTime() - start;
        return run.request().filter().accepts(note, modified(source)) ? new Prepared.Fresh(note, null, true, nanos)
                : new Prepared.Excluded(nanos);
    }

    private static Prepared incremental(NoteSource source, RunContext run, long start)
            throws NoteException, InterruptedException, ExportException {
        long naming = System.nanoTime();
        String name = run.nameOf(source);
        VaultLinks links = run.links();
        start += System.nanoTime() - naming; // waiting for the walk is not this note's work
        Manifest.Entry previous = run.previous().notes().get(source.path());
        boolean firstUpToDate = previous != null && (run.passes().first().isEmpty()
                || run.onDisk(previous, source.path(), name, run.passes().first()) && links.leadWhereTheyLed(links.rewriter(), source.path(), previous));
        if (firstUpToDate && untouched(source, previous) && !run.request().filter().readsNotes()) {
            return new Prepared.UpToDate(previous, System.nanoTime() - start);
        }
        byte[] bytes;
        try {
            bytes = run.openFiles().with(1, source::bytes);
        } catch (java.io.IOException e) {
            throw new NoteException(e.getMessage());
        }
        Digest hash = Digests.sha256(bytes);
        Note note = switch (source) {
            case NoteSource.Parsed parsed -> parsed.note();
            case NoteSource.File file -> NoteParser.parse(file.path(), bytes);
            case NoteSource.Text text -> NoteParser.parse(text.path(), bytes);
        };
        long nanos = System.nanoTime() - start;
        if (!run.request().filter().accepts(note, modified(source))) {
            return new Prepared.Excluded(nanos);
        }
        boolean changed = previous == null || !hash.equals(previous.hash());
        if (firstUpToDate && !changed) {
            return new Prepared.UpToDate(previous.withSource(size(source), modified(source), hash), nanos);
        }
        return new Prepared.Fresh(note, hash, changed, nanos);
    }

    /** Whether the note's file has the size and time its manifest entry records (a note held in memory has no time: never). */
    static boolean untouched(NoteSource source, Manifest.Entry entry) {
        return modified(source) != 0 && entry.modified() == modified(source) && entry.size() == size(source);
    }

    /** The size the walk saw, for the manifest: 0 for notes held in memory, which have no file to compare. */
    static long size(NoteSource source) {
        return switch (source) {
            case NoteSource.File file -> file.size();
            case NoteSource.Text text -> 0;
            case NoteSource.Parsed parsed -> 0;
        };
    }

    /** The file's modification time, for the manifest and --since: 0 for notes held in memory. */
    static long modified(NoteSource source) {
        return switch (source) {
            case NoteSource.File file -> file.modifiedMillis();
            case NoteSource.Text text -> 0;
            case NoteSource.Parsed parsed -> 0;
        };
    }
}
