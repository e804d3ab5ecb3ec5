package dev.smartnotes.export;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The top-level output folders a run makes (a first export's {@code md/}, say): their files are
 * written straight into a hidden staging folder beside them, which takes the folder's place in one
 * rename when the run publishes it. That saves a rename per file (a third of the system time of a
 * big export) and shows a new folder whole or not at all; a killed run's staging folder is swept
 * like its temporary files.
 */
final class Staging {
    private final Path root;
    private final String runId;
    /** Staged top-level folders: name -> the hidden folder their files go to until published. */
    private final Map<String, Path> staged = new ConcurrentHashMap<>();

    Staging(Path root, String runId) {
        this.root = root;
        this.runId = runId;
    }

    /** Stages the top-level folder {@code name} if it does not exist yet. */
    void stage(String name) throws IOException {
        Path folder = root.resolve(name).normalize();
        if (!root.equals(folder.getParent()) || Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        staged.put(name, Files.createDirectory(root.resolve(FileWriter.TEMP_PREFIX + runId + "-" + name + FileWriter.TEMP_SUFFIX)));
    }

    /** The hidden folder the files of the top-level folder {@code name} go to, or null if it is not staged. */
    Path folderOf(String name) {
        return staged.get(name);
    }

    /** The staging folder that {@code folder} lies in, or the root. */
    Path baseOf(Path folder) {
        return staged.values().stream().filter(folder::startsWith).findFirst().orElse(root);
    }

    /**
     * Moves every staged folder into place (one rename each; file by file if something took its
     * place meanwhile). A staged folder that got no file is removed. Waits for no writer: call it
     * once every write has returned.
     */
    void publish(Inside inside) throws IOException {
        IOException failed = null;
        for (Map.Entry<String, Path> entry : staged.entrySet()) {
            try {
                publish(entry.getValue(), root.resolve(entry.getKey()), inside);
            } catch (NoSuchFileException e) {
                // The output folder was removed during the run: nothing to publish.
            } catch (IOException e) {
                failed = failed == null ? e : failed;
                FileWriter.deleteTree(entry.getValue()); // no run would ever find a hidden folder left here
            }
        }
        staged.clear();
        if (failed != null) {
            throw failed;
        }
    }

    private static void publish(Path staging, Path folder, Inside inside) throws IOException {
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
            inside.makeFolder(inside.root(), target.getParent());
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        FileWriter.deleteTree(staging);
    }
}
