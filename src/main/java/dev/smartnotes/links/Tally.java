package dev.smartnotes.links;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Gathers one note's {@link LinkSummary} while its links are resolved. Not thread-safe: one per note. */
final class Tally {
    private final String notePath;
    private final VaultIndex index;
    private final Set<String> links = new TreeSet<>();
    private final Set<String> attachments = new TreeSet<>();
    private final Set<String> embeds = new TreeSet<>();
    private final Set<String> unresolved = new TreeSet<>();
    private final Set<LinkIssue> issues = new LinkedHashSet<>();
    private final Set<LinkTarget> targets = new LinkedHashSet<>();
    private int inlined;

    Tally(String notePath, VaultIndex index) {
        this.notePath = notePath;
        this.index = index;
    }

    /** One link of the note's own body and what it resolved to. */
    void record(Link link, Resolution resolution) {
        record(LinkTarget.of(link), resolution);
    }

    /** One link target of the note's own body and what it resolved to. */
    void record(LinkTarget link, Resolution resolution) {
        targets.add(link);
        switch (resolution) {
            case Resolution.Found found -> {
                if (!found.path().equals(notePath)) {
                    links.add(found.path());
                }
                if (link.embed() && !index.isNote(found.path())) {
                    attachments.add(found.path());
                } else if (link.embed() && !found.path().equals(notePath)) {
                    embeds.add(found.path());
                }
                if (found.ambiguous()) {
                    issue(LinkIssue.Kind.AMBIGUOUS, link.target(), found.path());
                }
            }
            case Resolution.Missing missing -> {
                unresolved.add(link.target());
                issue(LinkIssue.Kind.UNRESOLVED, link.target(), missing.reason().text());
            }
        }
    }

    /** Counts one more inline embed; false once the note has {@link LinkRewriter#MAX_INLINE_EMBEDS}. */
    boolean inlineOneMore() {
        return ++inlined <= LinkRewriter.MAX_INLINE_EMBEDS;
    }

    void issue(LinkIssue.Kind kind, String target, String detail) {
        issues.add(new LinkIssue(kind, target, detail));
    }

    /** The note's link targets, each once, in the order met. */
    LinkTargets targets() {
        return LinkTargets.of(targets);
    }

    LinkSummary summary() {
        return links.isEmpty() && unresolved.isEmpty() && issues.isEmpty()
                ? LinkSummary.EMPTY
                : new LinkSummary(List.copyOf(links), List.copyOf(attachments), List.copyOf(embeds), List.copyOf(unresolved),
                        List.copyOf(issues));
    }
}
