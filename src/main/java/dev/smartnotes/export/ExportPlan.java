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
import java.util.function.BiFunction;
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
        Set<String> paths = new HashSet<>();
        notes.forEach(note -> {
            if (paths.add(note.path()) && numbered.containsKey(note)) {
                numberedByPath.put(note.path(), numbered.get(note));
            }
        });
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
        Set<String> taken = new HashSet<>();
        List<String> natural = notes.stream().map(n -> SafeNames.of(n.path())).toList();
        List<String> noteNames = assign(natural, taken, (name, n) -> name + "-" + n);
        Map<NoteSource, String> numbered = new IdentityHashMap<>();
        IntStream.range(0, notes.size()).filter(i -> !noteNames.get(i).equals(natural.get(i)))
                .forEach(i -> numbered.put(notes.get(i), noteNames.get(i)));
        // In the Markdown folder a note's file is its name with .md, which no attachment's name ends with.
        Set<String> files = new HashSet<>();
        noteNames.forEach(name -> files.add(SafeNames.collisionKey(name + ".md")));
        List<Attachment> sorted = attachments.stream().sorted(Comparator.comparing(Attachment::path)).toList();
        List<String> attachmentNames = assign(sorted.stream().map(a -> SafeNames.of(a.path())).toList(), files, ExportPlan::numbered);
        Map<String, String> byPath = new HashMap<>();
        IntStream.range(0, sorted.size()).forEach(i -> byPath.put(sorted.get(i).path(), attachmentNames.get(i)));
        return new ExportPlan(notes, numbered, byPath);
    }

    /**
     * Gives each natural name itself, or its first numbered form no other holds: natural names are
     * handed out first, so that a file named {@code x-2} keeps its name before another {@code x} is numbered.
     */
    private static List<String> assign(List<String> natural, Set<String> taken, BiFunction<String, Integer, String> numbered) {
        String[] names = new String[natural.size()];
        for (int i = 0; i < names.length; i++) {
            if (taken.add(SafeNames.collisionKey(natural.get(i)))) {
                names[i] = natural.get(i);
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i] == null) {
                String candidate = natural.get(i);
                for (int n = 2; !taken.add(SafeNames.collisionKey(candidate)); n++) {
                    candidate = numbered.apply(natural.get(i), n);
                }
                names[i] = candidate;
            }
        }
        return List.of(names);
    }

    /** {@code photo.png} numbered {@code n}: {@code photo-n.png} (the number before the extension). */
    private static String numbered(String name, int n) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
    }
}
