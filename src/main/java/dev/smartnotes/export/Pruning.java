package dev.smartnotes.export;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Removes outputs that no note owns any more: those of notes that are gone (with --prune) and the
 * old files of notes that got a new output name. A file whose name a current note now holds (also
 * on a case-insensitive or normalising file system) is never removed.
 */
final class Pruning {
    private Pruning() {}

    /**
     * The files, relative to --out, that no note or attachment owns any more: those of notes and
     * attachments that are {@code gone}, and the old files of those that got a new name.
     */
    static List<String> obsolete(Path out, Manifest previous, ExportPlan plan, Tally.Sums sums, Set<String> gone, Set<String> goneCopies) {
        Stream<Map.Entry<String, Manifest.Entry>> oldNotes = Stream.concat(
                gone.stream().filter(previous.notes()::containsKey).map(source -> Map.entry(source, previous.notes().get(source))),
                sums.renamed().entrySet().stream());
        Stream<String> oldNoteFiles = oldNotes.flatMap(note -> note.getValue().filed().map(f -> f + "/" + note.getValue().name(note.getKey()) + "." + f));
        Stream<String> oldCopies = previous.attachments().entrySet().stream()
                .filter(copy -> goneCopies.contains(copy.getKey())
                        || sums.copies().containsKey(copy.getKey()) && !sums.copies().get(copy.getKey()).name().equals(copy.getValue().name()))
                .map(copy -> "md/" + copy.getValue().name());
        List<String> old = Stream.concat(oldNoteFiles, oldCopies).toList();
        if (old.isEmpty()) {
            return List.of(); // the usual case: no need to know every current name
        }
        Map<String, String> current = new HashMap<>();
        plan.items().forEach(item -> List.of("md", "json", "csv").forEach(f -> current.putIfAbsent(
                SafeNames.collisionKey(f + "/" + item.name() + "." + f), f + "/" + item.name() + "." + f)));
        sums.copies().values().forEach(copy -> current.putIfAbsent(SafeNames.collisionKey("md/" + copy.name()), "md/" + copy.name()));
        Path root = out.normalize();
        return old.stream()
                .filter(file -> !current.containsKey(SafeNames.collisionKey(file))
                        || !sameFile(out.resolve(file), out.resolve(current.get(SafeNames.collisionKey(file)))))
                .filter(file -> out.resolve(file).normalize().startsWith(root))
                .distinct()
                .sorted()
                .toList();
    }

    /** On a case-insensitive or normalising file system, an old name may be the very file a current note now has. */
    private static boolean sameFile(Path a, Path b) {
        try {
            return a.equals(b) || (Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b));
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * Removes the obsolete files and the folders they leave empty; returns the files removed. Each
     * file's folder is checked by its real path first: a file reached through a link that leads out
     * of --out is never removed, nor is a link itself.
     */
    static List<String> remove(Path out, Manifest previous, ExportPlan plan, Tally.Sums sums, Set<String> gone, Set<String> goneCopies) {
        List<String> removed = new ArrayList<>();
        Path realOut;
        try {
            realOut = out.toRealPath();
        } catch (IOException e) {
            return removed; // --out is gone: nothing to remove
        }
        for (String file : obsolete(out, previous, plan, sums, gone, goneCopies)) {
            Path path = out.resolve(file);
            try {
                if (inside(path.getParent(), realOut) && Files.deleteIfExists(path)) {
                    removed.add(file);
                    removeEmptyFolders(out, realOut, path.getParent());
                }
            } catch (IOException e) {
                // A file that cannot be removed now stays listed in no manifest; it is harmless and can be removed by hand.
            }
        }
        return removed;
    }

    /** Whether {@code folder} is, by its real path, a folder inside --out (links resolved). */
    private static boolean inside(Path folder, Path realOut) {
        try {
            return folder.toRealPath().startsWith(realOut);
        } catch (IOException e) {
            return false;
        }
    }

    private static void removeEmptyFolders(Path out, Path realOut, Path folder) throws IOException {
        Path stop = out.normalize();
        for (Path dir = folder.normalize(); dir != null && dir.startsWith(stop) && dir.getNameCount() > stop.getNameCount() + 1;
                dir = dir.getParent()) {
            if (Files.isSymbolicLink(dir) || !inside(dir, realOut)) {
                return;
            }
            try {
                Files.deleteIfExists(dir);
            } catch (DirectoryNotEmptyException e) {
                return;
            }
        }
    }
}
