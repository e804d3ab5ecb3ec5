package dev.smartnotes.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Writes output files so that no reader and no crash ever sees half a file: the bytes go to a
 * hidden temporary file in the target folder ({@value #TEMP_PREFIX}…{@value #TEMP_SUFFIX}), which is
 * then renamed over the target atomically. With fsync the file is forced to disk before the rename
 * and its folder after. At most {@code maxOpen} files are open at once.
 *
 * <p>A folder that does not exist yet (a first export's {@code md/}, say) can be {@linkplain #stage
 * staged} instead ({@link Staging}): its files are written straight into a hidden folder, which takes
 * the folder's place in one rename when the run {@linkplain #publish publishes} it.
 */
public final class FileWriter {
    public static final String TEMP_PREFIX = ".smartnotes-";
    public static final String TEMP_SUFFIX = ".tmp";

    private final Path root;
    /** The root as the user typed it, for messages. */
    private final Path shown;
    private final Inside inside;
    private final boolean fsync;
    private final OpenFiles openFiles;
    /** The folders made (and checked) so far, as the relative names that writes give (md/ideas). */
    private final Set<String> madeFolders = ConcurrentHashMap.newKeySet();
    private final String runId = Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16);
    private final AtomicLong counter = new AtomicLong();
    private final Staging staging;

    public FileWriter(Path root, int maxOpen, boolean fsync) throws IOException {
        this(root, new OpenFiles(maxOpen), fsync);
    }

    /** A writer into {@code root} whose files count against the run's {@code openFiles}. */
    public FileWriter(Path root, OpenFiles openFiles, boolean fsync) throws IOException {
        // Tidied, so that an --out such as ./export or a/../b compares as the folder it names.
        this.root = root.toAbsolutePath().normalize();
        this.shown = root;
        this.inside = new Inside(this.root, this.root.toRealPath());
        this.fsync = fsync;
        this.openFiles = openFiles;
        this.staging = new Staging(this.root, runId);
    }

    /** Options for a file that must not exist yet: one set for every write, not one made per call. */
    private static final Set<StandardOpenOption> NEW_FILE = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);

    /** The path of an output file as the user knows it. */
    public String where(String relative) {
        return shown.resolve(relative).toString();
    }

    /**
     * Stages the top-level folder {@code name} if it does not exist yet (and the files are not to be
     * fsynced one by one): until {@link #publish}, its files go to a hidden folder beside it.
     */
    public void stage(String name) throws IOException {
        if (!fsync) {
            staging.stage(name);
        }
    }

    /** Moves every staged folder into place; call it once every write has returned (see {@link Staging#publish}). */
    public void publish() throws IOException {
        staging.publish(inside);
    }

    /**
     * Writes {@code data} to {@code relative} (inside the root) atomically; returns how long it
     * waited for one of the {@code maxOpen} files, in nanoseconds.
     */
    public long write(String relative, byte[] data) throws IOException, InterruptedException {
        return put(relative, 1, channel -> {
            ByteBuffer buffer = ByteBuffer.wrap(data);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        });
    }

    /**
     * Copies the file {@code source} to {@code relative} (inside the root) atomically, streaming it
     * (never whole in memory; the kernel copies it where it can). A source that is a link is refused.
     * Returns how long it waited for one of the {@code maxOpen} files, in nanoseconds.
     */
    public long copy(String relative, Path source) throws IOException, InterruptedException {
        return put(relative, 2, channel -> { // the source is open too
            try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
                long size = in.size();
                for (long done = 0; done < size; ) {
                    long moved = in.transferTo(done, size - done, channel);
                    if (moved <= 0) {
                        break; // shorter now than when it was opened
                    }
                    done += moved;
                }
            }
        });
    }

    /** What goes into a new file, written to a stream (buffered; the writer closes the file). */
    public interface Streamed {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes what {@code content} writes to {@code relative} (inside the root) atomically, streaming
     * it (a file of any size, such as a manifest of a million entries); returns how long it waited
     * for one of the {@code maxOpen} files, in nanoseconds.
     */
    public long write(String relative, Streamed content) throws IOException, InterruptedException {
        return put(relative, 1, channel -> {
            // put() closes the channel after forcing it: the content may close its stream (a JSON
            // generator does), which only flushes it.
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
            content.writeTo(out);
            out.flush();
        });
    }

    /** What goes into a new file. */
    private interface Content {
        void into(FileChannel channel) throws IOException;
    }

    private long put(String relative, int files, Content content) throws IOException, InterruptedException {
        if (!Inside.plain(relative)) { // checked the slow way, and then in its plain form
            Path target = root.resolve(relative).normalize();
            if (!target.startsWith(root) || target.equals(root)) {
                throw new IOException("refusing to write outside the output folder: " + relative);
            }
            relative = root.relativize(target).toString();
        }
        int slash = relative.indexOf('/');
        Path staged = slash > 0 ? staging.folderOf(relative.substring(0, slash)) : null;
        Path target = staged != null ? staged.resolve(relative.substring(slash + 1)) : root.resolve(relative);
        int lastSlash = relative.lastIndexOf('/');
        if (lastSlash > 0 && !madeFolders.contains(relative.substring(0, lastSlash))) {
            ensureFolder(target.getParent());
            madeFolders.add(relative.substring(0, lastSlash));
        }
        Path folder = target.getParent();
        // In a staging folder no reader looks: the file itself is written, without a temporary file.
        Path file = staged != null ? target : folder.resolve(TEMP_PREFIX + runId + "-" + counter.incrementAndGet() + TEMP_SUFFIX);
        boolean complete = false;
        long waitStart = System.nanoTime();
        int open = openFiles.acquire(files);
        long waited = System.nanoTime() - waitStart;
        try {
            try (FileChannel channel = FileChannel.open(file, NEW_FILE)) {
                content.into(channel);
                if (fsync) {
                    channel.force(true);
                }
            }
            if (file != target) {
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            complete = true;
            if (fsync) { // never staged (see stage)
                try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
                    dir.force(true);
                }
            }
        } finally {
            openFiles.release(open);
            if (!complete) {
                Files.deleteIfExists(file); // never half a file, not even in a staging folder
            }
        }
        return waited;
    }

    /** Creates a folder inside the root, or inside the staging folder it lies in (see {@link Inside#makeFolder}). */
    private void ensureFolder(Path folder) throws IOException {
        inside.makeFolder(staging.baseOf(folder), folder);
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

    /** Whether a file or folder is one of the temporary ones a writer makes (and a killed run may leave). */
    static boolean isTemp(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(FileWriter.TEMP_PREFIX) && name.endsWith(FileWriter.TEMP_SUFFIX);
    }
}
