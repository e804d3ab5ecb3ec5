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

/**
 * Removes outputs that no note owns any more: those of notes that are gone (with --prune) and the
 * old files of notes that got a new output name. A file whose name a current note now holds (also
 * on a case-insensitive or normalising file system) is never removed.
 */
final class Pruning {
    private Pruning() {}

    /** The files, relative to --out, that no note owns any more. */
    static List<String> obsolete(Path out, Manifest manifest, ExportPlan plan, List<ExportTask.NoteWork> works, Set<String> gone) {
        List<Manifest.Entry> old = new ArrayList<>();
        for (String source : gone) {
            old.add(manifest.notes().get(source));
        }
        for (ExportTask.NoteWork work : works) {
            if (work.previous != null && !work.previous.name().equals(work.name()) && work.written()) {
                old.add(work.previous);
            }
        }
        if (old.isEmpty()) {
            return List.of(); // the usual case: no need to know every current name
        }
        Map<String, String> current = new HashMap<>();
        plan.items().forEach(item -> current.put(SafeNames.collisionKey(item.name()), item.name()));
        List<String> files = new ArrayList<>();
        for (Manifest.Entry entry : old) {
            addFiles(files, out, entry, current);
        }
        files.removeIf(file -> !out.resolve(file).normalize().startsWith(out.normalize()));
        files.sort(null);
        return files;
    }

    private static void addFiles(List<String> files, Path out, Manifest.Entry entry, Map<String, String> current) {
        if (entry == null) {
            return;
        }
        String holder = current.get(SafeNames.collisionKey(entry.name()));
        for (String format : entry.formats()) {
            String file = format + "/" + entry.name() + "." + format;
            if (holder == null || !sameFile(out.resolve(file), out.resolve(format + "/" + holder + "." + format))) {
                files.add(file);
            }
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

    /** Removes the obsolete files and the folders they leave empty; returns the files removed. */
    static List<String> remove(Path out, Manifest manifest, ExportPlan plan, List<ExportTask.NoteWork> works, Set<String> gone) {
        List<String> removed = new ArrayList<>();
        for (String file : obsolete(out, manifest, plan, works, gone)) {
            Path path = out.resolve(file);
            try {
                if (Files.deleteIfExists(path)) {
                    removed.add(file);
                }
                removeEmptyFolders(out, path.getParent());
            } catch (IOException e) {
                // A file that cannot be removed now stays listed in no manifest; it is harmless and can be removed by hand.
            }
        }
        return removed;
    }

    private static void removeEmptyFolders(Path out, Path folder) throws IOException {
        Path stop = out.normalize();
        for (Path dir = folder.normalize(); dir != null && dir.startsWith(stop) && dir.getNameCount() > stop.getNameCount() + 1;
                dir = dir.getParent()) {
            try {
                Files.deleteIfExists(dir);
            } catch (DirectoryNotEmptyException e) {
                return;
            }
        }
    }
}
