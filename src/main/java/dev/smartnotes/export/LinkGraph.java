package dev.smartnotes.export;

import dev.smartnotes.links.Digests;
import dev.smartnotes.render.NoteGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The link graph of the notes an export writes, once the first pass has read them all: each note's
 * links, and the backlinks no note holds itself (the notes that link to it). Links name paths, so
 * notes of a JSON file that share a path share their backlinks.
 */
final class LinkGraph {
    private static final String NO_LINKS = Digests.sha256("\n\n\n\n\n\n");

    private final List<Linked> notes;
    private final Set<String> exported;
    private final Map<String, List<String>> backlinks;

    private LinkGraph(List<Linked> notes, Set<String> exported, Map<String, List<String>> backlinks) {
        this.notes = notes;
        this.exported = exported;
        this.backlinks = backlinks;
    }

    /** The exported notes the first pass found, gathered from any thread. */
    static final class Builder {
        private final ConcurrentLinkedQueue<Linked> notes = new ConcurrentLinkedQueue<>();

        void add(Linked linked) {
            notes.add(linked);
        }

        /** The graph, once every note of the first pass is in; its notes sorted by path. */
        LinkGraph build() {
            List<Linked> sorted = notes.stream().sorted(java.util.Comparator.comparing((Linked l) -> l.source().path())).toList();
            Set<String> exported = new HashSet<>();
            sorted.forEach(linked -> exported.add(linked.source().path()));
            Map<String, Set<String>> from = new HashMap<>();
            sorted.forEach(linked -> linked.summary().links().stream().filter(exported::contains)
                    .forEach(to -> from.computeIfAbsent(to, k -> new HashSet<>()).add(linked.source().path())));
            Map<String, List<String>> backlinks = new HashMap<>();
            from.forEach((to, sources) -> backlinks.put(to, sources.stream().sorted().toList()));
            return new LinkGraph(sorted, exported, backlinks);
        }
    }

    /** The notes to write in the second pass, by path. */
    List<Linked> notes() {
        return notes;
    }

    /** Whether the note at {@code path} is exported (links to it are rewritten to its file). */
    boolean exported(String path) {
        return exported.contains(path);
    }

    /** A note's place in the graph, as JSON and CSV show it. */
    NoteGraph of(Linked linked) {
        return new NoteGraph(linked.summary().links(), backlinks.getOrDefault(linked.source().path(), List.of()),
                linked.summary().attachments(), linked.summary().unresolved());
    }

    /** A digest of a note's place in the graph: its JSON and CSV change only if its text or this does. */
    String digest(Linked linked) {
        NoteGraph graph = of(linked);
        if (graph.equals(NoteGraph.NONE)) {
            return NO_LINKS; // most notes of a collection: one string for all of them
        }
        return Digests.sha256(String.join("\n", graph.links()) + "\n\n" + String.join("\n", graph.backlinks()) + "\n\n"
                + String.join("\n", graph.attachments()) + "\n\n" + String.join("\n", graph.unresolved()));
    }
}
