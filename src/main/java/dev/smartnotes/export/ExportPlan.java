package dev.smartnotes.export;

import dev.smartnotes.notes.NoteSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which output name each note gets, decided from the paths alone before any note is read.
 *
 * <p>Notes whose safe names collide (also when they differ only in case or Unicode normalisation,
 * as they would on macOS or Windows) are told apart with {@code -2}, {@code -3}, … in the order of
 * their source paths; a name that is some note's own natural name is never given to another.
 */
public final class ExportPlan {
    private final List<Item> items;
    /** By identity: two notes of a JSON file may well give the same path. */
    private final Map<NoteSource, String> names = new IdentityHashMap<>();

    /** One note and the relative output name (no extension) its files get in every format. */
    public record Item(NoteSource source, String name) {}

    private ExportPlan(List<Item> items) {
        this.items = items;
        items.forEach(item -> names.put(item.source(), item.name()));
    }

    /** Every note with its name, sorted by source path. */
    public List<Item> items() {
        return items;
    }

    /** The output name of one of the notes this plan was made for. */
    public String nameOf(NoteSource source) {
        String name = names.get(source);
        if (name == null) {
            throw new IllegalArgumentException("not a note of this plan: " + source.path());
        }
        return name;
    }

    public static ExportPlan of(List<? extends NoteSource> sources) {
        List<NoteSource> sorted = new ArrayList<>(sources);
        sorted.sort(NoteSource.BY_PATH);
        String[] names = new String[sorted.size()];
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < sorted.size(); i++) {
            String name = SafeNames.of(sorted.get(i).path());
            if (taken.add(SafeNames.collisionKey(name))) {
                names[i] = name;
            }
        }
        for (int i = 0; i < sorted.size(); i++) {
            if (names[i] == null) {
                String name = SafeNames.of(sorted.get(i).path());
                String candidate = name;
                for (int n = 2; !taken.add(SafeNames.collisionKey(candidate)); n++) {
                    candidate = name + "-" + n;
                }
                names[i] = candidate;
            }
        }
        List<Item> items = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            items.add(new Item(sorted.get(i), names[i]));
        }
        return new ExportPlan(List.copyOf(items));
    }
}
