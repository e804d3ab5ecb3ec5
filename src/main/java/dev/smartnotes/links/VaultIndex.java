package dev.smartnotes.links;

import static dev.smartnotes.links.VaultPaths.fold;
import static dev.smartnotes.links.VaultPaths.hidden;
import static dev.smartnotes.links.VaultPaths.normalize;
import static dev.smartnotes.links.VaultPaths.parent;
import static dev.smartnotes.links.VaultPaths.trimSlash;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Every file of a vault (vault-relative paths with {@code /}), indexed once by file name, answering
 * which file a link target names the way Obsidian's {@code MetadataCache.getLinkpathDest} does.
 *
 * <p>Targets and names compare case-insensitively and in Unicode NFC. For a wikilink target:
 * <ol>
 *   <li>An empty target names the linking note itself ({@code [[#Heading]]}).
 *   <li>The candidates are the files whose name is the target's last segment: as written if it has a
 *       dot ({@code image.png}, {@code Note.md}), else (or when that finds nothing) with {@code .md}
 *       added, so {@code [[Note]]} and {@code [[Note.md]]} name the same note and every other file is
 *       named with its extension. No candidate: the target is missing.
 *   <li>A bare name with one candidate names it.
 *   <li>{@code ./} and {@code ../} are taken from the linking note's folder; a candidate with exactly
 *       that path wins. (Obsidian stops climbing at the vault root; here a target that climbs out of
 *       the vault names nothing, as the issue asks.)
 *   <li>A candidate whose whole path is the target (a leading {@code /} dropped) wins. A target that
 *       starts with {@code /} names nothing else.
 *   <li>Otherwise the candidates whose path ends with the target are ranked: those whose path starts
 *       with the linking note's folder first (Obsidian's plain prefix test, kept as it is), then by
 *       shortest path, then alphabetically; the first wins. So a unique name resolves from anywhere
 *       and two files of one name resolve to the one nearest the linking note, else to the one
 *       nearest the vault root. (Obsidian's own comparator is minified; length, then alphabetical, is
 *       this class's reading of it.)
 * </ol>
 * A Markdown link's destination is first taken as a path relative to the linking note's folder, as
 * CommonMark readers take it; when no file is there, the rules above apply, as Obsidian applies them
 * to Markdown links too (vault-absolute paths, bare names).
 *
 * <p>Files or folders whose name starts with a dot are left out, as Obsidian leaves them out. The
 * index keeps the given path strings; per file it adds only the lower-case name it is looked up by,
 * and only once a link is first looked up. Thread-safe.
 */
public final class VaultIndex {
    private static final String[] NONE = {};
    /** Shorter paths first, then alphabetical: the order Obsidian ranks same-named files in. */
    private static final Comparator<String> RANK = Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());

    /** The files, until the names are built from them. */
    private List<String> paths;
    private final ReentrantLock building = new ReentrantLock();
    private volatile Names names;

    /**
     * The files by folded name: the path ({@code String}), or paths in {@link #RANK} order ({@code String[]});
     * and every folder, folded.
     */
    private record Names(Map<String, Object> byName, Set<String> folders) {}

    private VaultIndex(List<String> paths) {
        this.paths = paths;
    }

    /**
     * The index of these files: notes ({@code *.md}) and every other file. Made once per run, and
     * built when it is first asked to resolve a link: a collection without links never needs it.
     */
    public static VaultIndex of(Collection<String> paths) {
        return new VaultIndex(List.copyOf(paths));
    }

    private Names names() {
        Names built = names;
        if (built == null) {
            building.lock();
            try {
                built = names;
                if (built == null) {
                    built = build(paths);
                    names = built;
                    paths = null;
                }
            } finally {
                building.unlock();
            }
        }
        return built;
    }

    private static Names build(List<String> paths) {
        Map<String, Object> byName = new HashMap<>(Math.max(16, paths.size() * 4 / 3 + 1));
        Set<String> folders = new HashSet<>();
        for (String path : paths) {
            if (path.isEmpty() || hidden(path)) {
                continue;
            }
            int slash = path.lastIndexOf('/');
            byName.merge(fold(path.substring(slash + 1)), path, VaultIndex::collect);
            for (int s = slash; s > 0 && folders.add(fold(path.substring(0, s))); s = path.lastIndexOf('/', s - 1)) {
                // each folder once: stop at the first parent already known
            }
        }
        byName.replaceAll((name, found) -> found instanceof List<?> many ? ranked(many) : found);
        return new Names(byName, folders);
    }

    private static Object ranked(List<?> paths) {
        String[] ranked = paths.stream().map(String.class::cast).distinct().sorted(RANK).toArray(String[]::new);
        return ranked.length == 1 ? ranked[0] : ranked;
    }

    /** While building: a name's path, or the list of its paths. */
    private static Object collect(Object old, Object path) {
        @SuppressWarnings("unchecked")
        List<Object> paths = old instanceof List<?> many ? (List<Object>) many : new ArrayList<>(List.of(old));
        paths.add(path);
        return paths;
    }

    /** The file a wikilink target names, seen from the note {@code fromNote}. */
    public Optional<String> resolve(String target, String fromNote) {
        return lookup(target, fromNote, false) instanceof Resolution.Found found ? Optional.of(found.path()) : Optional.empty();
    }

    /**
     * What a target names, seen from the note {@code fromNote}. {@code target} is the decoded path
     * part of the link: no {@code #fragment}, no {@code |alias}, no percent-encoding. {@code markdown}
     * tries the path relative to the note's folder first (see the class comment).
     */
    public Resolution lookup(String target, String fromNote, boolean markdown) {
        String folder = fold(parent(fromNote));
        if (target.isEmpty()) {
            return new Resolution.Found(fromNote, 1);
        }
        String t = fold(target);
        if (t.length() > 2 && t.charAt(1) == ':' && (t.charAt(2) == '/' || t.charAt(2) == '\\') && Character.isLetter(t.charAt(0))) {
            return new Resolution.Missing(Resolution.Reason.OUTSIDE_VAULT);
        }
        if (markdown && !t.startsWith("/")) {
            String relative = normalize(folder.isEmpty() ? t : folder + "/" + t);
            if (relative == null) {
                return new Resolution.Missing(Resolution.Reason.OUTSIDE_VAULT);
            }
            String exact = exact(relative);
            if (exact != null) {
                return new Resolution.Found(exact, 1);
            }
        }
        return obsidian(t, target.startsWith("/"), folder);
    }

    private Resolution obsidian(String t, boolean rooted, String folder) {
        boolean relative = t.startsWith("./") || t.startsWith("../");
        String from = relative ? normalize(folder.isEmpty() ? t : folder + "/" + t) : t;
        if (from == null) {
            return new Resolution.Missing(Resolution.Reason.OUTSIDE_VAULT);
        }
        String name = t.substring(t.lastIndexOf('/') + 1);
        String[] candidates = name.indexOf('.') >= 0 ? candidates(name) : NONE;
        if (candidates.length == 0) {
            t += ".md";
            from += ".md";
            name += ".md";
            candidates = candidates(name);
        }
        if (candidates.length == 0) {
            return new Resolution.Missing(why(from));
        }
        if (name.equals(t) && candidates.length == 1) {
            return new Resolution.Found(candidates[0], 1);
        }
        String path = from.startsWith("/") ? from.substring(1) : from;
        for (String candidate : candidates) {
            if (fold(candidate).equals(path)) {
                return new Resolution.Found(candidate, 1);
            }
        }
        if (rooted) {
            return new Resolution.Missing(why(path));
        }
        String best = null;
        int matches = 0;
        for (String candidate : candidates) {
            String c = fold(candidate);
            // Obsidian's own tests, kept as they are: a plain suffix, and a folder prefix without '/'
            if (c.endsWith(path)) {
                matches++;
                if (best == null || c.startsWith(folder) && !fold(best).startsWith(folder)) {
                    best = candidate;
                }
            }
        }
        return best == null ? new Resolution.Missing(why(path)) : new Resolution.Found(best, matches);
    }

    /** The indexed file at exactly this folded path (or with {@code .md} added), or null. */
    private String exact(String path) {
        for (String p : path.endsWith(".md") ? new String[] {path} : new String[] {path, path + ".md"}) {
            for (String candidate : candidates(p.substring(p.lastIndexOf('/') + 1))) {
                if (fold(candidate).equals(p)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private String[] candidates(String name) {
        Object found = names().byName().get(name);
        return found == null ? NONE : found instanceof String one ? new String[] {one} : (String[]) found;
    }

    private Resolution.Reason why(String t) {
        String path = t.endsWith(".md") && !t.equals(".md") ? t.substring(0, t.length() - 3) : t;
        path = path.startsWith("/") ? path.substring(1) : path;
        Set<String> folders = names().folders();
        if (folders.contains(path) || folders.contains(trimSlash(path))) {
            return Resolution.Reason.FOLDER;
        }
        String normal = normalize(path);
        if (normal == null) {
            return Resolution.Reason.OUTSIDE_VAULT;
        }
        return hidden(normal) ? Resolution.Reason.HIDDEN : Resolution.Reason.NO_SUCH_FILE;
    }

    /** Whether the path is a note (a Markdown file). */
    public boolean isNote(String path) {
        return path.regionMatches(true, path.length() - 3, ".md", 0, 3);
    }
}
