package dev.smartnotes.export;

import dev.smartnotes.links.LinkSummary;
import dev.smartnotes.links.LinkTarget;
import dev.smartnotes.notes.NoteSource;
import java.util.List;

/**
 * What the first pass keeps of an exported note for the second: its links (targets, and where they
 * led) and how the note stood.
 *
 * @param summary the links resolved, without the report's lines
 * @param hash the source's SHA-256 where an incremental run knows it, else null
 * @param changed whether the source differs from what the earlier export saw (always, in a full run)
 * @param firstOnDisk whether the first pass's files are on disk
 */
record Linked(NoteSource source, List<LinkTarget> targets, LinkSummary summary, String hash, boolean changed, boolean firstOnDisk) {
    Linked {
        targets = List.copyOf(targets);
        summary = summary.issues().isEmpty() ? summary : new LinkSummary(summary.links(), summary.attachments(), summary.embeds(), summary.unresolved(),
                List.of());
    }
}
