package dev.smartnotes.render;

import java.util.List;

/**
 * A note's place in the vault's link graph, as JSON and CSV show it after the body; each list sorted,
 * without duplicates.
 *
 * @param links the vault-relative paths of the notes and files the note links to or embeds
 * @param backlinks the notes that link to this one
 * @param attachments the files other than notes that it embeds
 * @param unresolved the link targets, as written, that name no file
 * @param embeds the notes it embeds (among its links; the database tells these links from the others)
 */
public record NoteGraph(List<String> links, List<String> backlinks, List<String> attachments, List<String> unresolved, List<String> embeds) {
    /** A note without links, or a format that does not show them. */
    public static final NoteGraph NONE = new NoteGraph(List.of(), List.of(), List.of(), List.of(), List.of());

    public NoteGraph {
        links = List.copyOf(links);
        backlinks = List.copyOf(backlinks);
        attachments = List.copyOf(attachments);
        unresolved = List.copyOf(unresolved);
        embeds = List.copyOf(embeds);
    }
}
