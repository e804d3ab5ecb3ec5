package dev.smartnotes.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Whether the output files an incremental run expects are on disk, with a {@code stat} of each
 * folder instead of each file where it can. A folder's time changes whenever a file is added to it,
 * removed from it or renamed in it; so if a folder's time is the one the manifest recorded, every file
 * that was in it when that time was read is in it still. The time is read before the first of the
 * folder's files is looked at, and recorded ({@link #settled()}) only if it was two seconds old by
 * then: a file system keeps times in steps (up to two seconds), and a file removed within the same
 * step would not change it. A folder whose time differs has each of its files looked at, as before.
 */
final class FolderTimes {
    /** How old a folder's time must be to be recorded: the coarsest step of the file systems in use (FAT's two seconds). */
    static final long SETTLED_MILLIS = 2_000;
    private static final long MISSING = Long.MIN_VALUE;

    private final Path out;
    private final Map<String, Long> recorded;
    private final Map<String, Long> read = new HashMap<>();
    /** When the first time was read, or later: a folder's time is settled if it was older than this by {@link #SETTLED_MILLIS}. */
    private final long start = System.currentTimeMillis();

    /** {@code recorded}: the times the manifest holds, by folder relative to {@code out}. */
    FolderTimes(Path out, Map<String, Long> recorded) {
        this.out = out;
        this.recorded = recorded;
    }

    /** Whether the output file at {@code file} (relative to --out, with {@code /}) is a regular file. */
    boolean holds(String file) {
        String folder = file.substring(0, file.lastIndexOf('/'));
        long time = read.computeIfAbsent(folder, this::time);
        return time != MISSING && recorded.getOrDefault(folder, MISSING) == time || Files.isRegularFile(out.resolve(file));
    }

    /** The times read, of the folders that had not changed for {@link #SETTLED_MILLIS} when they were read. */
    Map<String, Long> settled() {
        long settled = TimeUnit.MILLISECONDS.toNanos(start - SETTLED_MILLIS);
        return read.entrySet().stream().filter(folder -> folder.getValue() != MISSING && folder.getValue() < settled)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private long time(String folder) {
        try {
            return Files.getLastModifiedTime(out.resolve(folder)).to(TimeUnit.NANOSECONDS);
        } catch (IOException e) {
            return MISSING;
        }
    }
}
