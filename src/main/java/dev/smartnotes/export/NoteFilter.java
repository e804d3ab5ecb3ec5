package dev.smartnotes.export;

import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.PropertyTime;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Which notes an export takes: by relative path (globs, checked before a note is read) and by tags
 * and date (checked once it is parsed). A glob without {@code /} matches the file name in any
 * folder, as in {@code .gitignore}; one with {@code /} matches the whole relative path.
 *
 * @param tags any of these tags (all of them with {@code allTags}); empty takes every note
 * @param since notes updated on or after this day (the {@code updated} field, else {@code created},
 *     read by {@link PropertyTime}, else the file's modification time); null takes every note
 */
public record NoteFilter(Set<String> tags, boolean allTags, Set<String> skipTags, LocalDate since,
        List<String> include, List<String> exclude) {

    public static final NoteFilter ALL = new NoteFilter(Set.of(), false, Set.of(), null, List.of(), List.of());

    public NoteFilter {
        tags = fold(tags);
        skipTags = fold(skipTags);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    private static Set<String> fold(Set<String> tags) {
        return tags.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether any filter needs the parsed note (tags, date). */
    public boolean readsNotes() {
        return !tags.isEmpty() || !skipTags.isEmpty() || since != null;
    }

    /** Checks the relative path against --include and --exclude. */
    public boolean acceptsPath(String path) {
        if (include.isEmpty() && exclude.isEmpty()) {
            return true;
        }
        return (include.isEmpty() || include.stream().anyMatch(g -> matches(g, path)))
                && exclude.stream().noneMatch(g -> matches(g, path));
    }

    /** Checks the tags and the date of a parsed note. */
    public boolean accepts(Note note, long modifiedMillis) {
        if (!readsNotes()) {
            return true;
        }
        Set<String> noteTags = note.tags().stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        if (!tags.isEmpty() && !(allTags ? noteTags.containsAll(tags) : tags.stream().anyMatch(noteTags::contains))) {
            return false;
        }
        if (skipTags.stream().anyMatch(noteTags::contains)) {
            return false;
        }
        if (since != null) {
            ZoneId zone = ZoneId.systemDefault();
            LocalDate day = PropertyTime.day(note.updated(), zone)
                    .or(() -> PropertyTime.day(note.created(), zone))
                    .orElse(modifiedMillis > 0 ? LocalDate.ofInstant(Instant.ofEpochMilli(modifiedMillis), zone) : null);
            return day != null && !day.isBefore(since);
        }
        return true;
    }

    /**
     * Each glob compiled once (a pattern compiled per note and glob cost some 15 µs a note). Shared:
     * a run has a handful of globs, and a compiled matcher is immutable.
     */
    private static final Map<String, PathMatcher> MATCHERS = new ConcurrentHashMap<>();

    private static boolean matches(String glob, String path) {
        PathMatcher matcher = MATCHERS.computeIfAbsent(glob, g -> FileSystems.getDefault().getPathMatcher("glob:" + g));
        Path target = Path.of(glob.contains("/") ? path : path.substring(path.lastIndexOf('/') + 1));
        return matcher.matches(target);
    }
}
