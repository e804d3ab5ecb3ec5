package dev.smartnotes.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Whether the output files an incremental run expects are on disk, with a {@code stat} of each
 * folder instead of each file where it can. A folder is known by its inode and its status-change
 * time (ctime), which moves on with any change to the folder: a file added, removed or renamed in
 * it, the folder itself renamed, its times set (as a restore by tar, rsync or cp -a does) — unlike
 * its modification time, which such tools set back. So if a folder's stamp is the one the manifest
 * recorded, every file that was in it when the stamp was read is in it still.
 *
 * <p>The stamp is read before the first of the folder's files is looked at, and recorded
 * ({@link #settled()}) only if it was two seconds old by then (a file system keeps times in steps of
 * up to two seconds, and a file removed within the same step would not change it) and none of the
 * folder's outputs is a symbolic link (whose target can go without the folder changing). A folder
 * whose stamp differs, or a system without inodes and ctimes (Windows), has each file looked at.
 */
final class FolderTimes {
    /** How old a folder's stamp must be to be recorded: the coarsest step of the file systems in use (FAT's two seconds). */
    static final long SETTLED_MILLIS = 2_000;

    /** A folder's inode and ctime (in nanoseconds); {@link #NONE} for no folder, a link to one, or no such attributes. */
    private record Stamp(long inode, long changed) {
        static final Stamp NONE = new Stamp(-1, Long.MAX_VALUE);

        /** As the manifest records it. */
        String text() {
            return inode + "@" + changed;
        }
    }

    private final Path out;
    private final Map<String, String> recorded;
    /** A folder as the run found it: its stamp, and whether that is the one recorded (looked up once per folder). */
    private record Seen(Stamp stamp, boolean unchanged) {}

    private final Map<String, Seen> read = new HashMap<>();
    private final Set<String> linked = new HashSet<>();
    /** No later than the first stamp is read: a folder is settled if its stamp was older than this by {@link #SETTLED_MILLIS}. */
    private final long start;

    /** {@code recorded}: the stamps the manifest holds, by folder relative to {@code out}. */
    FolderTimes(Path out, Map<String, String> recorded) {
        this(out, recorded, System.currentTimeMillis());
    }

    /** {@code start}: the time in milliseconds from which the two seconds are counted back (tests set it later). */
    FolderTimes(Path out, Map<String, String> recorded, long start) {
        this.out = out;
        this.recorded = recorded;
        this.start = start;
    }

    /** Whether the output file at {@code file} (relative to --out, with {@code /}) is a regular file, following a link. */
    boolean holds(String file) {
        String folder = file.substring(0, file.lastIndexOf('/'));
        if (read.computeIfAbsent(folder, this::see).unchanged()) {
            return true;
        }
        Path path = out.resolve(file);
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isSymbolicLink()) {
                return attributes.isRegularFile();
            }
        } catch (IOException e) {
            return false;
        }
        linked.add(folder);
        return Files.isRegularFile(path);
    }

    /** The stamps read, of the folders that had not changed for {@link #SETTLED_MILLIS} and hold no link among the files looked at. */
    Map<String, String> settled() {
        long settled = TimeUnit.MILLISECONDS.toNanos(start - SETTLED_MILLIS);
        return read.entrySet().stream()
                .filter(folder -> folder.getValue().stamp().changed() < settled && !linked.contains(folder.getKey()))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, folder -> folder.getValue().stamp().text()));
    }

    private Seen see(String folder) {
        Stamp stamp = stamp(folder);
        return new Seen(stamp, stamp != Stamp.NONE && stamp.text().equals(recorded.get(folder)));
    }

    private Stamp stamp(String folder) {
        try {
            Map<String, Object> unix = Files.readAttributes(out.resolve(folder), "unix:ino,ctime,isDirectory", LinkOption.NOFOLLOW_LINKS);
            return Boolean.TRUE.equals(unix.get("isDirectory"))
                    ? new Stamp((Long) unix.get("ino"), ((FileTime) unix.get("ctime")).to(TimeUnit.NANOSECONDS)) : Stamp.NONE;
        } catch (IOException | UnsupportedOperationException e) {
            return Stamp.NONE;
        }
    }
}
