package dev.smartnotes.export;

import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.NoteException;
import dev.smartnotes.notes.NoteParser;
import dev.smartnotes.notes.NoteSource;
import dev.smartnotes.notes.Problem;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads, checks and parses one note and decides what it needs ({@link Prepared}). An incremental
 * run first compares the note with the manifest's entry and the files on disk, and reads the note
 * only when its size or time changed (then its hash decides).
 */
final class NoteReader {
    private NoteReader() {}

    static Prepared prepare(NoteSource source, RunContext run) {
        if (run.control().cancelled()) {
            return new Prepared.Stopped();
        }
        long start = System.nanoTime();
        try {
            return run.request().incremental() ? incremental(source, run, start) : full(source, run, start);
        } catch (InterruptedException | ExportException e) {
            return new Prepared.Stopped();
        } catch (NoteException e) {
            return new Prepared.Failed(new Problem(source.where(), e.getMessage()), System.nanoTime() - start);
        } catch (RuntimeException | Error e) {
            return run.control().cancelled() ? new Prepared.Stopped() // such as a read cut short by the stop's interrupt
                    : new Prepared.Failed(new Problem(source.where(), "cannot export: " + e), System.nanoTime() - start);
        }
    }

    private static Prepared full(NoteSource source, RunContext run, long start) throws NoteException {
        Note note = source.load();
        long nanos = System.nanoTime() - start;
        return run.request().filter().accepts(note, modified(source)) ? new Prepared.Fresh(note, null, nanos) : new Prepared.Excluded(nanos);
    }

    private static Prepared incremental(NoteSource source, RunContext run, long start)
            throws NoteException, InterruptedException, ExportException {
        long naming = System.nanoTime();
        String name = run.nameOf(source);
        start += System.nanoTime() - naming; // waiting for the walk is not this note's work
        Manifest.Entry previous = run.previous().notes().get(source.path());
        Manifest.Entry now = new Manifest.Entry(name, run.formatNames(), size(source), modified(source), null, run.optionsDigest());
        boolean filesUpToDate = previous != null && upToDate(previous, now, run);
        if (filesUpToDate && previous.size() == now.size() && previous.modified() == now.modified() && now.modified() != 0
                && !run.request().filter().readsNotes()) {
            return new Prepared.UpToDate(previous, System.nanoTime() - start);
        }
        byte[] bytes = source.bytes();
        String hash = sha256(bytes);
        Note note = switch (source) {
            case NoteSource.Parsed parsed -> parsed.note();
            case NoteSource.File file -> NoteParser.parse(file.path(), bytes);
            case NoteSource.Text text -> NoteParser.parse(text.path(), bytes);
        };
        long nanos = System.nanoTime() - start;
        if (!run.request().filter().accepts(note, now.modified())) {
            return new Prepared.Excluded(nanos);
        }
        if (filesUpToDate && hash.equals(previous.hash())) {
            return new Prepared.UpToDate(now.withHash(hash), nanos);
        }
        return new Prepared.Fresh(note, hash, nanos);
    }

    /** The earlier export has the note under the same name, options and formats, and its files are still there. */
    private static boolean upToDate(Manifest.Entry previous, Manifest.Entry now, RunContext run) {
        return previous.name().equals(now.name()) && now.options().equals(previous.options())
                && previous.formats().containsAll(now.formats())
                && now.formats().stream().allMatch(f -> Files.isRegularFile(run.out().resolve(f + "/" + now.name() + "." + f)));
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

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
