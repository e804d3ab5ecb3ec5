package dev.smartnotes.export;

import dev.smartnotes.notes.Attachment;
import dev.smartnotes.notes.NoteSource;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Which output name each note and attachment gets, decided from the paths alone before any file is read.
 *
 * <p>Names whose safe forms collide (also when they differ only in case or Unicode normalisation, as
 * they would on macOS or Windows) are told apart with {@code -2}, {@code -3}, … in the order of their
 * source paths (before an attachment's extension); a name that is some file's own natural name is
 * never given to another. Attachments are named in the Markdown folder beside the notes' files.
 *
 * <p>Only the names that differ from a file's natural name ({@link SafeNames#of}) are kept: the others
 * are made again when asked for, so that a million notes cost the plan nothing per note.
 */
public final class ExportPlan {
    private final List<NoteSource> notes;
    /** By identity: two notes of a JSON file may well give the same path. */
    private final Map<NoteSource, String> numbered;
    /** The numbered name of the first note of each path, for links (which name a path). */
    private final Map<String, String> numberedByPath = new HashMap<>();
    private final Map<String, String> attachments;

    /** One note and the relative output name (no extension) its files get in every format. */
    public record Item(NoteSource source, String name) {}

    private ExportPlan(List<NoteSource> notes, Map<NoteSource, String> numbered, Map<String, String> attachments) {
        this.notes = notes;
        this.numbered = numbered;
        this.attachments = attachments;
        IntStream.range(0, notes.size())
                .filter(i -> numbered.containsKey(notes.get(i)) && (i == 0 || !notes.get(i - 1).path().equals(notes.get(i).path())))
                .forEach(i -> numberedByPath.put(notes.get(i).path(), numbered.get(notes.get(i)))); // sorted: a path's first note comes first
    }

    /** Every note with its name, sorted by source path. */
    public List<Item> items() {
        return notes.stream().map(note -> new Item(note, nameOf(note))).toList();
    }

    /** The output name of one of the notes this plan was made for. */
    public String nameOf(NoteSource source) {
        String name = numbered.get(source);
        return name != null ? name : SafeNames.of(source.path());
    }

    /** The output name of the note at a path (of the first, for a JSON file's notes that share it). */
    public String nameOfPath(String path) {
        String name = numberedByPath.get(path);
        return name != null ? name : SafeNames.of(path);
    }

    /** The output name of an attachment (its path under the Markdown folder, with its extension), or null if it is none of the plan's. */
    public String attachmentName(String path) {
        return attachments.get(path);
    }

    public static ExportPlan of(List<? extends NoteSource> sources) {
        return of(sources, List.of());
    }

    public static ExportPlan of(List<? extends NoteSource> sources, List<Attachment> attachments) {
        List<NoteSource> notes = sources.stream().sorted(NoteSource.BY_PATH).map(NoteSource.class::cast).toList();
        IntFunction<String> natural = i -> SafeNames.of(notes.get(i).path());
        Map<Integer, String> numberedNotes = assign(notes.size(), natural, NameKeys.NONE, (name, n) -> name + "-" + n);
        Map<NoteSource, String> numbered = new IdentityHashMap<>();
        numberedNotes.forEach((i, name) -> numbered.put(notes.get(i), name));
        List<Attachment> sorted = attachments.stream().sorted(Comparator.comparing(Attachment::path)).toList();
        Map<String, String> byPath = new HashMap<>();
        if (!sorted.isEmpty()) {
            // In the Markdown folder a note's file is its name with .md, which no attachment's name ends with.
            NameKeys files = NameKeys.of(notes.size(), i -> SafeNames.collisionKey(numberedNotes.getOrDefault(i, natural.apply(i)) + ".md"));
            IntFunction<String> attachmentName = i -> SafeNames.of(sorted.get(i).path());
            Map<Integer, String> numberedAttachments = assign(sorted.size(), attachmentName, files, ExportPlan::numbered);
            IntStream.range(0, sorted.size())
                    .forEach(i -> byPath.put(sorted.get(i).path(), numberedAttachments.getOrDefault(i, attachmentName.apply(i))));
        }
        return new ExportPlan(notes, numbered, byPath);
    }

    /**
     * Gives each of {@code size} natural names itself, or its first numbered form no other name holds
     * and {@code held} has not: natural names are handed out first, so that a file named {@code x-2}
     * keeps its name before another {@code x} is numbered. Returns the numbered names, by index; every
     * other name keeps its natural one. The keys are compared as {@link NameKeys}, not held as strings.
     */
    private static Map<Integer, String> assign(int size, IntFunction<String> natural, NameKeys held,
            BiFunction<String, Integer, String> numbered) {
        NameKeys naturals = NameKeys.of(size, i -> SafeNames.collisionKey(natural.apply(i)));
        Set<String> firsts = new HashSet<>(); // the keys of names whose hash another shares: the first of each keeps its name
        List<Integer> second = IntStream.range(0, size)
                .filter(i -> held.containsKeyOf(naturals, i) || naturals.mayRepeat(i) && !firsts.add(naturals.key(i)))
                .boxed().toList();
        Set<String> taken = new HashSet<>(); // the keys of the numbered names handed out
        Map<Integer, String> names = new TreeMap<>(); // in the names' order, as the callers hand them on
        for (int i : second) {
            String name = natural.apply(i);
            String candidate;
            String key;
            int n = 2;
            do {
                candidate = numbered.apply(name, n++);
                key = SafeNames.collisionKey(candidate);
            } while (naturals.contains(key) || held.contains(key) || !taken.add(key));
            names.put(i, candidate);
        }
        return names;
    }

    /** {@code photo.png} numbered {@code n}: {@code photo-n.png} (the number before the extension). */
    private static String numbered(String name, int n) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
    }
}
