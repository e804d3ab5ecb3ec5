package dev.smartnotes.export;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An --out folder held for one run: checked (a folder, writable, not holding someone else's files),
 * locked against a second run, and swept of the temporary files of a run that was killed outright.
 */
public final class OutputFolder implements AutoCloseable {
    static final String LOCK_NAME = ".smartnotes.lock";

    private final Path path;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Manifest previous;

    private OutputFolder(Path path, FileChannel lockChannel, FileLock lock, Manifest previous) {
        this.path = path;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.previous = previous;
    }

    /**
     * Opens --out for a run.
     *
     * @param allowed names that may stand in the folder beside SmartNotes' own files (compare mode's sub-folders)
     */
    public static OutputFolder open(Path path, boolean force, Set<String> allowed) throws ExportException {
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw new ExportException(ExportException.Kind.USAGE, "--out " + path + " is a file, not a folder");
        }
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new ExportException(ExportException.Kind.IO, "cannot create --out " + path + ": " + reason(e));
        }
        boolean hasManifest = Files.exists(path.resolve(Manifest.FILE_NAME));
        if (!force && !hasManifest) {
            String foreign = firstForeign(path, allowed);
            if (foreign != null) {
                throw new ExportException(ExportException.Kind.USAGE, "--out " + path + " holds files SmartNotes did not write (such as '"
                        + foreign + "'): choose an empty or new folder, or pass --force to export into it anyway");
            }
        }
        Path lockFile = path.resolve(LOCK_NAME);
        boolean leftOver = Files.exists(lockFile);
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new ExportException(ExportException.Kind.IO, "cannot write into --out " + path + ": " + reason(e));
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new ExportException(ExportException.Kind.USAGE, "another SmartNotes export is writing into " + path + " right now");
        }
        try {
            if (leftOver) {
                sweep(path);
            }
            Manifest previous = hasManifest ? Manifest.read(path) : Manifest.empty();
            if (!hasManifest) {
                // Marks the folder as ours at once, so that a run killed before its end is not taken for foreign files.
                Files.write(path.resolve(Manifest.FILE_NAME), previous.toJson());
            }
            return new OutputFolder(path, channel, lock, previous);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new ExportException(ExportException.Kind.IO, "cannot read the manifest in " + path + ": " + reason(e));
        }
    }

    /** The manifest of a folder, read without taking it (for a dry run); empty where there is none or it cannot be read. */
    public static Manifest peek(Path path) {
        try {
            return Manifest.read(path);
        } catch (IOException e) {
            return Manifest.empty();
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
            temps = files.filter(OutputFolder::isTemp).toList();
        }
        int removed = 0;
        for (Path temp : temps) {
            removed += deleteTree(temp) ? 1 : 0;
        }
        return removed;
    }

    /** Deletes a file, or a folder and everything in it; true if it is gone. Whatever cannot be deleted now is tried again by the next run. */
    static boolean deleteTree(Path path) {
        try (Stream<Path> tree = Files.walk(path)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
            return true;
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    static boolean isTemp(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(FileWriter.TEMP_PREFIX) && name.endsWith(FileWriter.TEMP_SUFFIX);
    }

    private static String firstForeign(Path path, Set<String> allowed) throws ExportException {
        try (Stream<Path> entries = Files.list(path)) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith(".smartnotes") && !allowed.contains(name))
                    .sorted()
                    .findFirst()
                    .orElse(null);
        } catch (IOException e) {
            throw new ExportException(ExportException.Kind.IO, "cannot read --out " + path + ": " + reason(e));
        }
    }

    /** One line for an I/O failure, without exception class names or internal temporary files. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder"; // its message is only the path, which may be an internal temporary file
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // The lock goes with the channel below anyway.
        }
        closeQuietly(lockChannel);
        try {
            Files.deleteIfExists(path.resolve(LOCK_NAME));
        } catch (IOException ignored) {
            // A lock file left behind only makes the next run sweep for temporary files.
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing more to do for a lock file.
        }
    }
}
