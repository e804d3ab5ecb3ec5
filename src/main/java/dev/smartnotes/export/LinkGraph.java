package dev.smartnotes.export;

import dev.smartnotes.links.Digest;
import dev.smartnotes.links.Digests;
import dev.smartnotes.links.LinkSummary;
import dev.smartnotes.links.LinkTargets;
import dev.smartnotes.notes.NoteSource;
import dev.smartnotes.render.NoteGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The link graph of the notes an export writes, once the first pass has read them all: what the
 * first pass found of each note (its link targets, which the second pass resolves again), and the
 * backlinks no note holds itself (the notes that link to it). Links name paths, so notes of a JSON
 * file that share a path share their backlinks.
 *
 * <p>Most notes of a collection have nothing to tell the second pass (no links, a full run): the
 * graph keeps only the others, and the notes the first pass did not export, so that what it holds
 * per note stays small whatever the collection's size.
 */
final class LinkGraph {
    private static final Digest NO_LINKS = Digests.sha256("\n\n\n\n\n\n");

    private final Map<NoteSource, Linked> linked;
    private final Set<NoteSource> skipped;
    private final Set<String> skippedPaths;
    private final Map<String, List<String>> backlinks;

    private LinkGraph(Map<NoteSource, Linked> linked, Set<NoteSource> skipped, Set<String> skippedPaths, Map<String, List<String>> backlinks) {
        this.linked = linked;
        this.skipped = skipped;
        this.skippedPaths = skippedPaths;
        this.backlinks = backlinks;
    }

    /** What the first pass found, gathered from any thread. */
    static final class Builder {
        private final Map<NoteSource, Linked> linked = new ConcurrentHashMap<>();
        private final Set<NoteSource> skipped = ConcurrentHashMap.newKeySet();
        /** For each path, the notes that link to it, as they come. */
        private final Map<String, List<String>> from = new ConcurrentHashMap<>();

        /**
         * An exported note and its links as the first pass resolved them: its backlinks are taken now, and
         * the note is kept only if it has something to tell the second pass (which resolves its links again).
         */
        void add(Linked note, LinkSummary summary) {
            summary.links().forEach(to -> from.compute(to, (path, sources) -> {
                List<String> notes = sources != null ? sources : new ArrayList<>();
                notes.add(note.source().path());
                return notes;
            }));
            if (!plain(note)) {
                linked.put(note.source(), note);
            }
        }

        /** A note the first pass did not export (filtered out, failed, stopped): the second pass skips it. */
        void skip(NoteSource source) {
            skipped.add(source);
        }

        /** The graph, once every note of the first pass is in; built once (the builder lets go of the backlinks it gathered). */
        LinkGraph build() {
            Set<String> skippedPaths = new HashSet<>();
            skipped.forEach(source -> skippedPaths.add(source.path()));
            Map<String, List<String>> backlinks = new HashMap<>();
            from.forEach((to, sources) -> backlinks.put(to, sources.stream().sorted().distinct().toList()));
            from.clear();
            return new LinkGraph(linked, skipped, skippedPaths, backlinks);
        }
    }

    /** A note with no links, read in a full run, its first pass's files on disk: what most notes are. */
    private static boolean plain(Linked note) {
        return note.targets().isEmpty() && note.hash() == null && note.changed()
                && note.firstOnDisk();
    }

    /** Whether the second pass writes this note: the first exported it. */
    boolean writes(NoteSource source) {
        return !skipped.contains(source);
    }

    /** What the first pass found of a note it exported. */
    Linked linked(NoteSource source) {
        Linked note = linked.get(source);
        return note != null ? note : new Linked(source, LinkTargets.NONE, null, true, true);
    }

    /** Whether a note whose path passed --include and --exclude is exported (links to it are rewritten to its file). */
    boolean exported(String path) {
        return !skippedPaths.contains(path);
    }

    /**
     * A note's place in the graph, as JSON and CSV show it, from its links ({@code summary}) and the notes that
     * link to it (backlinks come from exported notes only: no other is in the graph).
     */
    NoteGraph of(NoteSource note, LinkSummary summary) {
        return new NoteGraph(summary.links(), backlinks.getOrDefault(note.path(), List.of()), summary.attachments(), summary.unresolved(),
                summary.embeds());
    }

    /** A digest of a note's place in the graph: its JSON and CSV change only if its text or this does. */
    Digest digest(NoteSource note, LinkSummary summary) {
        NoteGraph graph = of(note, summary);
        if (graph.equals(NoteGraph.NONE)) {
            return NO_LINKS; // most notes of a collection: one digest for all of them
        }
        return Digests.sha256(String.join("\n", graph.links()) + "\n\n" + String.join("\n", graph.backlinks()) + "\n\n"
                + String.join("\n", graph.attachments()) + "\n\n" + String.join("\n", graph.unresolved()));
    }
}
