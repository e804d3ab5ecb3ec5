package dev.smartnotes.collect;

import dev.smartnotes.render.NoteGraph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One link of a note, for the {@code links} table: where it leads (the vault-relative path of the
 * note or file when {@code resolved}, else the target as written), and whether it embeds.
 */
public record LinkRow(String target, Kind kind, boolean resolved) {
    /** How a note refers to its target. */
    public enum Kind {
        LINK,
        EMBED;

        /** The word the {@code links} table holds: {@code link} or {@code embed}. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The links a note's graph shows: each resolved link (an embed when the note embeds that file or
     * note anywhere), then each unresolved target.
     */
    public static List<LinkRow> of(NoteGraph graph) {
        Set<String> embedded = new HashSet<>(graph.attachments());
        embedded.addAll(graph.embeds());
        List<LinkRow> rows = new ArrayList<>(graph.links().size() + graph.unresolved().size());
        graph.links().forEach(path -> rows.add(new LinkRow(path, embedded.contains(path) ? Kind.EMBED : Kind.LINK, true)));
        graph.unresolved().forEach(target -> rows.add(new LinkRow(target, Kind.LINK, false)));
        return rows;
    }
}
