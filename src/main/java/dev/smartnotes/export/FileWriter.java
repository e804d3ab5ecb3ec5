package dev.smartnotes.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes output files so that no reader and no crash ever sees half a file: the bytes go to a
 * hidden temporary file in the target folder ({@value #TEMP_PREFIX}…{@value #TEMP_SUFFIX}), which is
 * then renamed over the target atomically. With fsync the file is forced to disk before the rename
 * and its folder after. At most {@code maxOpen} files are open at once.
 */
public final class FileWriter {
    public static final String TEMP_PREFIX = ".smartnotes-";
    public static final String TEMP_SUFFIX = ".tmp";

    private final Path root;
    /** The root as the user typed it, for messages. */
    private final Path shown;
    private final Path realRoot;
    private final boolean fsync;
    private final Semaphore openFiles;
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private final String runId = Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16);
    private final AtomicLong counter = new AtomicLong();

    public FileWriter(Path root, int maxOpen, boolean fsync) throws IOException {
        // Tidied, so that an --out such as ./export or a/../b compares as the folder it names.
        this.root = root.toAbsolutePath().normalize();
        this.shown = root;
        this.realRoot = this.root.toRealPath();
        this.fsync = fsync;
        this.openFiles = new Semaphore(maxOpen);
        folders.add(this.root);
    }

    /** The path of an output file as the user knows it. */
    public String where(String relative) {
        return shown.resolve(relative).toString();
    }

    /**
     * Writes {@code data} to {@code relative} (inside the root) atomically; returns how long it
     * waited for one of the {@code maxOpen} files, in nanoseconds.
     */
    public long write(String relative, byte[] data) throws IOException, InterruptedException {
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IOException("refusing to write outside the output folder: " + relative);
        }
        Path folder = target.getParent();
        ensureFolder(folder);
        Path temp = folder.resolve(TEMP_PREFIX + runId + "-" + counter.incrementAndGet() + TEMP_SUFFIX);
        boolean moved = false;
        long waitStart = System.nanoTime();
        openFiles.acquire();
        long waited = System.nanoTime() - waitStart;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(data);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                if (fsync) {
                    channel.force(true);
                }
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
            if (fsync) {
                try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
                    dir.force(true);
                }
            }
        } finally {
            openFiles.release();
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
        return waited;
    }

    /**
     * Creates a folder once, and checks once that it really lies inside the root (no link leads out).
     * The root itself is never created: an output folder removed during the run must not come back half full.
     */
    private void ensureFolder(Path folder) throws IOException {
        if (folders.contains(folder)) {
            return;
        }
        Path dir = root;
        for (Path name : root.relativize(folder)) {
            dir = dir.resolve(name);
            try {
                Files.createDirectory(dir);
            } catch (FileAlreadyExistsException e) {
                if (!Files.isDirectory(dir)) {
                    throw new IOException("cannot create folder " + root.relativize(dir) + ": a file of that name is in the way");
                }
            }
        }
        if (!folder.toRealPath().startsWith(realRoot)) {
            throw new IOException("refusing to write outside the output folder through the link " + root.relativize(folder));
        }
        folders.add(folder);
    }
}
