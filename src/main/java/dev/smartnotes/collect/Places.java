package dev.smartnotes.collect;

import dev.smartnotes.export.FileWriter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where a collection file is built and how it takes its place: a hidden temporary file beside it,
 * named as the export's own ({@code .smartnotes-…tmp}) so that the next run sweeps up after a killed
 * one, renamed over the file in one atomic step once complete.
 */
final class Places {
    private Places() {}

    /** A new name beside {@code target} for a file of this run ({@code part} tells the run's files apart). */
    static Path temp(Path target, String part) {
        String random = Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16);
        return target.resolveSibling(FileWriter.TEMP_PREFIX + random + "-" + target.getFileName() + part + FileWriter.TEMP_SUFFIX);
    }

    /** Renames the complete {@code temp} over {@code target}; with {@code fsync}, the file is on disk before and the folder after. */
    static void replace(Path temp, Path target, boolean fsync) throws IOException {
        if (fsync) {
            try (FileChannel file = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                file.force(true);
            }
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        if (fsync) {
            try (FileChannel folder = FileChannel.open(target.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
                folder.force(true);
            }
        }
    }

    /** Deletes what a stopped writer leaves, quietly: the next run's sweep takes what it cannot. */
    static void delete(Path... files) {
        for (Path file : files) {
            try {
                if (file != null) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                // swept by the next run
            }
        }
    }
}
