package dev.smartnotes.export;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Removes outputs that no note owns any more: those of notes that are gone (with --prune) and the
 * old files of notes that got a new output name. A file whose name a current note now holds (also
 * on a case-insensitive or normalising file system) is never removed.
 */
final class Pruning {
    private Pruning() {}

    /** The files, relative to --out, that no note owns any more. */
    static List<String> obsolete(Path out, Manifest previous, ExportPlan plan, Tally.Sums sums, Set<String> gone) {
        List<Manifest.Entry> old = Stream.concat(gone.stream().map(previous.notes()::get).filter(Objects::nonNull), sums.renamed().stream())
                .toList();
        if (old.isEmpty()) {
            return List.of(); // the usual case: no need to know every current name
        }
        Map<String, String> current = plan.items().stream()
                .collect(Collectors.toMap(item -> SafeNames.collisionKey(item.name()), ExportPlan.Item::name, (a, b) -> a));
        Path root = out.normalize();
        return old.stream()
                .flatMap(entry -> entry.formats().stream().map(format -> new Old(format, entry.name(), current.get(SafeNames.collisionKey(entry.name())))))
                .filter(file -> file.holder() == null || !sameFile(out.resolve(file.path()), out.resolve(file.holderPath())))
                .map(Old::path)
                .filter(file -> out.resolve(file).normalize().startsWith(root))
                .sorted()
                .toList();
    }

    /** An old output file, and the current note's name that may now be the same file (or null). */
    private record Old(String format, String name, String holder) {
        String path() {
            return format + "/" + name + "." + format;
        }

        String holderPath() {
            return format + "/" + holder + "." + format;
        }
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
    static List<String> remove(Path out, Manifest previous, ExportPlan plan, Tally.Sums sums, Set<String> gone) {
        List<String> removed = new ArrayList<>();
        Path realOut;
        try {
            realOut = out.toRealPath();
        } catch (IOException e) {
            return removed; // --out is gone: nothing to remove
        }
        for (String file : obsolete(out, previous, plan, sums, gone)) {
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
