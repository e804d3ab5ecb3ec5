package dev.smartnotes.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
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
 * staged} instead: its files are written straight into a hidden staging folder, which takes the
 * folder's place in one rename when the run {@linkplain #publish publishes} it. That saves a rename
 * per file (a third of the system time of a big export) and shows a new folder whole or not at all;
 * a killed run's staging folder is swept like its temporary files.
 */
public final class FileWriter {
    public static final String TEMP_PREFIX = ".smartnotes-";
    public static final String TEMP_SUFFIX = ".tmp";

    private final Path root;
    /** The root as the user typed it, for messages. */
    private final Path shown;
    private final Path realRoot;
    private final boolean fsync;
    private final OpenFiles openFiles;
    /** The folders made (and checked) so far, as the relative names that writes give (md/ideas). */
    private final Set<String> madeFolders = ConcurrentHashMap.newKeySet();
    private final String runId = Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16);
    private final AtomicLong counter = new AtomicLong();
    /** Staged top-level folders: name -> the hidden folder their files go to until published. */
    private final Map<String, Path> staged = new ConcurrentHashMap<>();

    public FileWriter(Path root, int maxOpen, boolean fsync) throws IOException {
        this(root, new OpenFiles(maxOpen), fsync);
    }

    /** A writer into {@code root} whose files count against the run's {@code openFiles}. */
    public FileWriter(Path root, OpenFiles openFiles, boolean fsync) throws IOException {
        // Tidied, so that an --out such as ./export or a/../b compares as the folder it names.
        this.root = root.toAbsolutePath().normalize();
        this.shown = root;
        this.realRoot = this.root.toRealPath();
        this.fsync = fsync;
        this.openFiles = openFiles;
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
        Path folder = root.resolve(name).normalize();
        if (fsync || !root.equals(folder.getParent()) || Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Path staging = Files.createDirectory(root.resolve(TEMP_PREFIX + runId + "-" + name + TEMP_SUFFIX));
        staged.put(name, staging);
    }

    /**
     * Moves every staged folder into place (one rename each; file by file if something took its
     * place meanwhile). A staged folder that got no file is removed. Waits for no writer: call it
     * once every write has returned.
     */
    public void publish() throws IOException {
        IOException failed = null;
        for (Map.Entry<String, Path> entry : staged.entrySet()) {
            try {
                publish(entry.getValue(), root.resolve(entry.getKey()));
            } catch (NoSuchFileException e) {
                // The output folder was removed during the run: nothing to publish.
            } catch (IOException e) {
                failed = failed == null ? e : failed;
                OutputFolder.deleteTree(entry.getValue()); // no run would ever find a hidden folder left here
            }
        }
        staged.clear();
        if (failed != null) {
            throw failed;
        }
    }

    private void publish(Path staging, Path folder) throws IOException {
        boolean empty;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(staging)) {
            empty = !entries.iterator().hasNext();
        }
        if (empty) {
            Files.delete(staging);
            return;
        }
        try {
            Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
            return;
        } catch (FileSystemException e) { // "Directory not empty", which Java gives no type of its own
            if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                throw e;
            }
            // Made by someone else during the run: move the files in one by one below.
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(staging)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            Path target = folder.resolve(staging.relativize(file).toString());
            ensureFolder(target.getParent());
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        OutputFolder.deleteTree(staging);
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
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            content.writeTo(out);
            out.flush(); // not closed: that would close the channel, which put() closes after forcing it
        });
    }

    /** What goes into a new file. */
    private interface Content {
        void into(FileChannel channel) throws IOException;
    }

    private long put(String relative, int files, Content content) throws IOException, InterruptedException {
        if (!plain(relative)) { // checked the slow way, and then in its plain form
            Path target = root.resolve(relative).normalize();
            if (!target.startsWith(root) || target.equals(root)) {
                throw new IOException("refusing to write outside the output folder: " + relative);
            }
            relative = root.relativize(target).toString();
        }
        int slash = relative.indexOf('/');
        Path staging = slash > 0 ? staged.get(relative.substring(0, slash)) : null;
        Path target = staging != null ? staging.resolve(relative.substring(slash + 1)) : root.resolve(relative);
        int lastSlash = relative.lastIndexOf('/');
        if (lastSlash > 0 && !madeFolders.contains(relative.substring(0, lastSlash))) {
            ensureFolder(target.getParent());
            madeFolders.add(relative.substring(0, lastSlash));
        }
        Path folder = target.getParent();
        // In a staging folder no reader looks: the file itself is written, without a temporary file.
        Path file = staging != null ? target : folder.resolve(TEMP_PREFIX + runId + "-" + counter.incrementAndGet() + TEMP_SUFFIX);
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

    /** A relative name without empty, {@code .} or {@code ..} segments: it stays inside the root, short of links. */
    static boolean plain(String relative) {
        int start = 0;
        for (int i = 0; i <= relative.length(); i++) {
            if (i == relative.length() || relative.charAt(i) == '/') {
                int length = i - start;
                if (length == 0 || (relative.charAt(start) == '.' && (length == 1 || (length == 2 && relative.charAt(start + 1) == '.')))) {
                    return false;
                }
                start = i + 1;
            } else if (relative.charAt(i) == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Creates a folder and checks that it really lies inside the root (no link leads out); callers
     * remember the folders made. The root, and a staging folder, are never created: an output folder
     * removed during the run must not come back half full.
     */
    private void ensureFolder(Path folder) throws IOException {
        Path base = root; // or the staging folder it lies in, which is never made again either
        for (Path staging : staged.values()) {
            if (folder.startsWith(staging)) {
                base = staging;
            }
        }
        Path dir = base;
        for (Path name : base.relativize(folder)) {
            dir = dir.resolve(name);
            try {
                Files.createDirectory(dir); // mkdir does not follow a link in the last place
            } catch (FileAlreadyExistsException e) {
                if (!Files.isDirectory(dir)) {
                    throw new IOException("cannot create folder " + root.relativize(dir) + ": a file of that name is in the way");
                }
                // A link is followed only once it is known to stay inside: no folder is ever made outside.
                if (Files.isSymbolicLink(dir) && !dir.toRealPath().startsWith(realRoot)) {
                    throw new IOException("refusing to write outside the output folder through the link " + root.relativize(dir));
                }
            }
        }
        if (!folder.toRealPath().startsWith(realRoot)) {
            throw new IOException("refusing to write outside the output folder through the link " + root.relativize(folder));
        }
    }
}
