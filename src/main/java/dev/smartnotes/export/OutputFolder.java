package dev.smartnotes.export;

import dev.smartnotes.notes.IoFailures;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An --out folder held for one run: checked (a folder, outside the notes, of the expected layout,
 * not holding someone else's files, its manifest readable), locked against any other run for as
 * long as this one lasts, and swept of the temporary files of a run that was killed outright.
 * A dry run makes the same checks ({@link #inspect}) and writes nothing.
 *
 * <p>The lock is an operating-system lock on {@value #LOCK_NAME}, which is never deleted (a run that
 * deleted it could let a third run lock a new file while a second still held the old one). The
 * holder writes its process id into it, so that a run that finds the folder locked can name it, and
 * empties it when it ends well: a lock file that still names a process was left by a killed run.
 */
public final class OutputFolder implements AutoCloseable {
    static final String LOCK_NAME = ".smartnotes.lock";

    private final Path path;
    private final FileChannel lockChannel;
    private final Manifest previous;

    private OutputFolder(Path path, FileChannel lockChannel, Manifest previous) {
        this.path = path;
        this.lockChannel = lockChannel;
        this.previous = previous;
    }

    /**
     * Opens --out for a run of the given layout, creating it if need be.
     *
     * @param notes the notes folder or file, which --out must not hold; null for the built-in notes
     * @param allowed names that may stand in the folder beside SmartNotes' own files (compare mode's sub-folders)
     */
    public static OutputFolder open(Path path, Manifest.Layout layout, Path notes, boolean force, Set<String> allowed)
            throws ExportException {
        checkPlace(path, notes);
        refuseForeign(path, force, allowed);
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new ExportException(ExportException.Kind.IO, "cannot create --out " + path + ": " + IoFailures.reason(e));
        }
        FileChannel channel = lock(path, false);
        try {
            boolean killedRun = channel.size() > 0;
            channel.truncate(0).write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
            if (killedRun) {
                sweep(path);
            }
            Previous previous = previous(path, layout, force);
            if (previous.replace()) {
                previous.manifest().writeInto(path); // the folder is ours from now on, even if this run is killed
            }
            return new OutputFolder(path, channel, previous.manifest());
        } catch (IOException e) {
            closeQuietly(channel);
            throw new ExportException(ExportException.Kind.IO, "cannot write into --out " + path + ": " + IoFailures.reason(e));
        } catch (ExportException | RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** What {@link #open} checks, without creating or writing anything: the manifest of a dry run. */
    public static Manifest inspect(Path path, Manifest.Layout layout, Path notes, boolean force, Set<String> allowed)
            throws ExportException {
        checkPlace(path, notes);
        if (!Files.isDirectory(path)) {
            return Manifest.empty(layout);
        }
        refuseForeign(path, force, allowed);
        if (Files.exists(path.resolve(LOCK_NAME))) {
            closeQuietly(lock(path, true)); // refused while another run writes, as a real run would be
        }
        return previous(path, layout, force).manifest();
    }

    /** --out must be a folder (or not exist yet), and must not be the notes folder or hold it. */
    private static void checkPlace(Path path, Path notes) throws ExportException {
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw new ExportException(ExportException.Kind.USAGE, "--out " + path + " is a file, not a folder");
        }
        if (notes != null && Files.isDirectory(notes) && realish(notes).startsWith(realish(path))) {
            throw new ExportException(ExportException.Kind.USAGE, "--out " + path + (realish(notes).equals(realish(path))
                    ? " is the notes folder" : " holds the notes folder " + notes)
                    + ": the export would be read back as notes; choose an --out outside the notes");
        }
    }

    /** The real path of what exists of {@code path}, and the rest as written: links resolved, {@code ..} too. */
    private static Path realish(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        for (Path existing = absolute; existing != null; existing = existing.getParent()) {
            try {
                return existing.toRealPath().resolve(existing.relativize(absolute));
            } catch (IOException e) {
                // not there yet: try its parent
            }
        }
        return absolute;
    }

    private static void refuseForeign(Path path, boolean force, Set<String> allowed) throws ExportException {
        if (force || !Files.isDirectory(path) || Files.exists(path.resolve(Manifest.FILE_NAME))) {
            return;
        }
        String foreign;
        try (Stream<Path> entries = Files.list(path)) {
            foreign = entries.map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith(".smartnotes") && !allowed.contains(name))
                    .sorted()
                    .findFirst()
                    .orElse(null);
        } catch (IOException e) {
            throw new ExportException(ExportException.Kind.IO, "cannot read --out " + path + ": " + IoFailures.reason(e));
        }
        if (foreign != null) {
            throw new ExportException(ExportException.Kind.USAGE, "--out " + path + " holds files SmartNotes did not write (such as '"
                    + foreign + "'): choose an empty or new folder, or pass --force to export into it anyway");
        }
    }

    /** The manifest found, and whether the folder needs a new one (it had none, or --force replaces a damaged or foreign one). */
    private record Previous(Manifest manifest, boolean replace) {}

    /** The manifest of the exports before this one, checked against the layout of this run. */
    private static Previous previous(Path path, Manifest.Layout layout, boolean force) throws ExportException {
        if (!Files.exists(path.resolve(Manifest.FILE_NAME))) {
            return new Previous(Manifest.empty(layout), true);
        }
        Manifest previous;
        try {
            previous = Manifest.read(path);
        } catch (IOException e) {
            if (!force) {
                throw new ExportException(ExportException.Kind.USAGE, "--out " + path + " has a damaged manifest (" + IoFailures.reason(e)
                        + "): pass --force to export into it anew");
            }
            return new Previous(Manifest.empty(layout), true);
        }
        if (previous.layout() != layout) {
            if (!force) {
                throw new ExportException(ExportException.Kind.USAGE, "--out " + path + " holds a " + previous.layout()
                        + " export, and this is a " + layout + " one (compare mode writes one sub-folder per mode): "
                        + "choose another --out, or pass --force to export into it anyway");
            }
            return new Previous(Manifest.empty(layout), true);
        }
        return new Previous(previous, false);
    }

    /** Locks the folder (shared: only to see that no run holds it), or says which process does. */
    private static FileChannel lock(Path path, boolean shared) throws ExportException {
        Path lockFile = path.resolve(LOCK_NAME);
        FileChannel channel;
        try {
            channel = shared ? FileChannel.open(lockFile, StandardOpenOption.READ)
                    : FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new ExportException(ExportException.Kind.IO, "cannot write into --out " + path + ": " + IoFailures.reason(e));
        }
        FileLock lock;
        try {
            lock = channel.tryLock(0, Long.MAX_VALUE, shared);
        } catch (IOException | OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new ExportException(ExportException.Kind.USAGE, "another SmartNotes export" + holder(lockFile)
                    + " is writing into " + path + " right now");
        }
        return channel;
    }

    /** " (process 1234)" as the lock file names it, or nothing. */
    private static String holder(Path lockFile) {
        try {
            String pid = Files.readString(lockFile, StandardCharsets.US_ASCII).strip();
            return pid.matches("\\d+") ? " (process " + pid + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    public Path path() {
        return path;
    }

    /** The manifest of the exports before this one, empty if there was none. */
    public Manifest previous() {
        return previous;
    }

    /** Deletes the temporary files and staging folders a killed run left anywhere under the folder. */
    static int sweep(Path folder) throws IOException {
        List<Path> temps;
        try (Stream<Path> files = Files.walk(folder)) {
            temps = files.filter(FileWriter::isTemp).toList();
        }
        return (int) temps.stream().filter(FileWriter::deleteTree).count();
    }

    /** Ends the run's hold on the folder: the lock file is emptied (the run ended well) and unlocked. */
    @Override
    public void close() {
        try {
            lockChannel.truncate(0);
        } catch (IOException ignored) {
            // The next run then sweeps for temporary files it need not look for: harmless.
        }
        closeQuietly(lockChannel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close(); // releases the lock
        } catch (IOException ignored) {
            // Nothing more to do for a lock file.
        }
    }
}
