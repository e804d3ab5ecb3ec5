package dev.smartnotes.export;

import dev.smartnotes.links.Digest;
import dev.smartnotes.links.LinkTargets;
import dev.smartnotes.render.Format;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What SmartNotes wrote into an --out folder, kept there as {@value #FILE_NAME}: the folder's layout
 * and, for each source note, its output name and formats, and what the source looked like (size,
 * time, hash) with the options it was exported with, so that an incremental run can tell what changed.
 * The maps are hash maps, looked up several times for every note of a run; the file lists them in
 * order of their paths. {@code collection} is the digest of the collection's files and the export's
 * choices ({@link Walk.Listing#digest()}) if the run that wrote the manifest exported every note
 * without a problem (and without --tag, --skip-tag or --since), null otherwise: an incremental run
 * that finds the same digest, and each note as its entry says, has nothing to do ({@link UnchangedCollection});
 * {@code folders} holds the output folders' stamps as such a run found them ({@link FolderTimes}).
 */
public record Manifest(Layout layout, Map<String, Entry> notes, Map<String, Copy> attachments, Digest collection,
        Map<String, String> folders) {
    public static final String FILE_NAME = ".smartnotes-manifest.json";

    /** How an --out folder is laid out: one sub-folder per format, or (compare mode) one sub-folder per mode. */
    public enum Layout {
        PLAIN, COMPARE;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param ownName the output name (no extension) under each format folder, or null for the note's plain
     *     name, its path without {@code .md} (most notes: a million of them then hold no name of their own);
     *     {@link #name(String)} gives it either way
     * @param formats the formats whose files are on disk as this entry describes the note, such as {@code ["md", "json"]}
     * @param stale the formats whose files are on disk from an earlier state of the note (a run of other
     *     formats changed it since): the next run of those formats writes them again, and --prune removes them
     * @param hash the SHA-256 of the source note's bytes, or null where not known
     * @param options a digest of the export options that shape the output
     * @param targets the targets of the note's links, to resolve them again without reading the note
     * @param links a digest of where those links led (see {@link dev.smartnotes.links.LinkRewriter#fingerprint})
     * @param graph a digest of the note's place in the link graph (links, backlinks, attachments, unresolved)
     */
    public record Entry(String ownName, List<String> formats, List<String> stale, long size, long modified, Digest hash, String options,
            LinkTargets targets, Digest links, Digest graph) {
        /** One list for each set of formats, however many entries hold it (there are a few such sets, and up to millions of entries). */
        private static final Map<List<String>, List<String>> FORMAT_LISTS = new ConcurrentHashMap<>();

        public Entry {
            formats = FORMAT_LISTS.computeIfAbsent(List.copyOf(formats), list -> list);
            stale = List.copyOf(stale);
        }

        /** The entry, without stale files, of the note at {@code source} whose output name is {@code name}. */
        static Entry of(String source, String name, List<String> formats, long size, long modified, Digest hash, String options,
                LinkTargets targets, Digest links, Digest graph) {
            return new Entry(ownName(source, name), formats, List.of(), size, modified, hash, options, targets, links, graph);
        }

        /** This entry for the same note with other formats on disk, current and stale. */
        Entry withFormats(List<String> formats, List<String> stale) {
            return new Entry(ownName, formats, stale, size, modified, hash, options, targets, links, graph);
        }

        /** This entry with the source's size, time and hash as they are now (its text, and so its output, unchanged). */
        Entry withSource(long size, long modified, Digest hash) {
            return new Entry(ownName, formats, stale, size, modified, hash, options, targets, links, graph);
        }

        /** The output name of the note at {@code source}. */
        public String name(String source) {
            return ownName != null ? ownName : plainName(source);
        }

        /** Whether the note at {@code source} has the output name {@code name} (asked for every note of an incremental run: no copy is made). */
        boolean hasName(String source, String name) {
            return ownName != null ? ownName.equals(name) : isPlainName(source, name);
        }

        /** The name an entry of the note at {@code source} holds for the output name {@code name}: null if it is the plain one. */
        static String ownName(String source, String name) {
            return isPlainName(source, name) ? null : name;
        }

        /** Whether {@code name} is the plain output name of the note at {@code source} ({@link #plainName}). */
        private static boolean isPlainName(String source, String name) {
            return source.length() == name.length() + 3 && source.endsWith(".md") && source.startsWith(name);
        }

        /**
         * The output name of a note whose source path needed no change: the path without {@code .md}
         * (most notes). The manifest writes only the names that differ from it.
         */
        static String plainName(String source) {
            return source.endsWith(".md") ? source.substring(0, source.length() - 3) : null;
        }

        /** Whether the two entries give the note at {@code source} the same output name. */
        boolean sameName(Entry other, String source) {
            return ownName == null && other.ownName == null || name(source).equals(other.name(source));
        }

        /** Every format with a file of the note on disk (not the collection files, which hold every note), current or stale. */
        Stream<String> filed() {
            return Stream.concat(formats.stream(), stale.stream()).filter(Manifest::perNote);
        }
    }

    /** An attachment copied into the Markdown folder: its output name there, and the source's size and time. */
    public record Copy(String name, long size, long modified) {}

    public static Manifest empty(Layout layout) {
        return new Manifest(layout, new HashMap<>(), new HashMap<>(), null, Map.of());
    }

    /** This manifest, its maps shared, with another digest of the collection and other stamps of the output folders. */
    Manifest with(Digest collection, Map<String, String> folders) {
        return new Manifest(layout, notes, attachments, collection, folders);
    }

    /**
     * Takes in the entries of the notes exported now and drops those of the notes that are {@code gone};
     * returns whether anything changed (if not, an incremental run need not write the manifest again). A
     * note exported in fewer formats than before keeps the formats it had: their files are still on disk,
     * and --prune removes them with the note's other files once the note is gone.
     *
     * <p>Made in this manifest's own maps, which the run reads no more once every task has finished:
     * a copy would hold a second map of entries, a million of them for a big collection.
     */
    boolean update(Map<String, Entry> exported, Set<String> gone, Map<String, Copy> copied, Set<String> removedCopies) {
        boolean changed = false;
        for (Map.Entry<String, Entry> note : exported.entrySet()) {
            Entry before = notes.get(note.getKey());
            Entry after = before == null ? note.getValue() : keepOldFormats(note.getKey(), before, note.getValue());
            if (!after.equals(before)) {
                notes.put(note.getKey(), after);
                changed = true;
            }
        }
        for (Map.Entry<String, Copy> copy : copied.entrySet()) {
            changed |= !copy.getValue().equals(attachments.put(copy.getKey(), copy.getValue()));
        }
        changed |= notes.keySet().removeAll(gone);
        changed |= attachments.keySet().removeAll(removedCopies);
        return changed;
    }

    /**
     * The entry of a note exported now in {@code now}'s formats, over its earlier entry: the files of
     * the earlier formats stay on disk, current if the note and the options are as they were then, and
     * stale otherwise.
     */
    private static Entry keepOldFormats(String source, Entry old, Entry now) {
        if (!old.sameName(now, source) || now.formats().containsAll(old.formats()) && old.stale().isEmpty()) {
            return now; // renamed: the old files are pruned as they stand
        }
        boolean sameNote = old.size() == now.size() && old.modified() == now.modified() && Objects.equals(old.hash(), now.hash())
                && Objects.equals(old.options(), now.options());
        List<String> formats = new ArrayList<>(now.formats());
        List<String> stale = new ArrayList<>();
        for (String format : old.formats()) {
            if (!formats.contains(format)) {
                // Markdown follows the note's links; JSON and CSV its place in the graph, which runs without them do not know.
                Digest was = format.equals("md") ? old.links() : old.graph();
                Digest is = format.equals("md") ? now.links() : now.graph();
                if (sameNote && is != null && is.equals(was)) {
                    formats.add(format);
                } else if (perNote(format)) {
                    stale.add(format); // a collection file's row has no file of its own to prune
                }
            }
        }
        old.stale().stream().filter(format -> !formats.contains(format) && !stale.contains(format)).forEach(stale::add);
        return now.withFormats(formats, stale);
    }

    /** Whether a format name is that of a file per note (md, json, csv), not of a collection file. */
    static boolean perNote(String format) {
        return Arrays.stream(Format.values()).anyMatch(f -> f.extension().equals(format));
    }

    /**
     * Brings what the entries say of the collection files (a note's row is in {@code notes.sqlite} as
     * its entry describes it) in line with what this run did to each file of {@code requested}: for
     * the notes {@code exported} now, a file holds the row if it was {@code finished} and the note's
     * new entry lists it; for the notes {@code gone}, a finished file holds no row; for the others, a
     * file {@code rebuilt} whole holds none, a merged or unfinished one still holds the earlier row.
     * Returns whether an entry changed.
     */
    boolean track(Map<String, Entry> exported, Set<String> gone, Set<String> requested, Set<String> finished, Set<String> rebuilt) {
        if (requested.isEmpty()) {
            return false;
        }
        boolean changed = false;
        for (Map.Entry<String, Entry> note : notes.entrySet()) {
            Entry entry = note.getValue();
            Entry now = exported.get(note.getKey());
            Predicate<String> holds = name -> !requested.contains(name)
                    || (now != null ? finished.contains(name) && now.formats().contains(name)
                            : gone.contains(note.getKey()) ? !finished.contains(name) : !rebuilt.contains(name));
            if (!entry.formats().stream().allMatch(holds)) {
                List<String> formats = entry.formats().stream().filter(holds).toList();
                note.setValue(entry.withFormats(formats, entry.stale()));
                changed = true;
            }
        }
        return changed;
    }

    /** Reads the manifest of {@code folder}; a folder without one has an empty plain one. */
    public static Manifest read(Path folder) throws IOException {
        return ManifestJson.read(folder);
    }

    /** Writes the manifest as JSON, entry by entry, without holding it whole in memory. */
    void writeTo(OutputStream out) throws IOException {
        ManifestJsonWriter.write(this, out);
    }

    /** Writes the manifest into {@code folder} atomically: a reader finds the old one or the new one, whole. */
    void writeInto(Path folder) throws IOException {
        Path temp = Files.createTempFile(folder, FileWriter.TEMP_PREFIX, FileWriter.TEMP_SUFFIX);
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
                writeTo(out);
            }
            Files.move(temp, folder.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
