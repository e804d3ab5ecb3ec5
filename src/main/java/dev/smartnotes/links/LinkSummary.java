package dev.smartnotes.links;

import java.util.List;

/**
 * The link graph of one note, from its own body (not from the notes it embeds).
 *
 * @param links       the vault-relative paths of the notes and files the note links to or embeds,
 *                    resolved, sorted, without duplicates, without the note itself; backlinks are
 *                    these read the other way
 * @param attachments the files other than notes that the note embeds ({@code ![[a.png]]},
 *                    {@code ![](a.png)}), sorted, without duplicates
 * @param embeds      the notes it embeds ({@code ![[Note]]}, {@code ![[Note#Heading]]}), sorted,
 *                    without duplicates, without itself
 * @param unresolved  the targets, as written (decoded), that name no file, sorted, without duplicates;
 *                    their count is the note's {@code unresolvedLinks}
 * @param issues      one line each for the report, in the order met; a rewrite adds those of its
 *                    inline embeds (cycles, depth, unreadable notes) and of targets not exported
 */
public record LinkSummary(List<String> links, List<String> attachments, List<String> embeds, List<String> unresolved, List<LinkIssue> issues) {
    /** A note without links. */
    public static final LinkSummary EMPTY = new LinkSummary(List.of(), List.of(), List.of(), List.of(), List.of());

    public LinkSummary {
        links = List.copyOf(links);
        attachments = List.copyOf(attachments);
        embeds = List.copyOf(embeds);
        unresolved = List.copyOf(unresolved);
        issues = List.copyOf(issues);
    }
}
