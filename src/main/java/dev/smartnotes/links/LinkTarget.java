package dev.smartnotes.links;

/**
 * What a link's resolution depends on: its target as written (decoded), whether it embeds, and
 * whether it is a Markdown link (whose destination is first taken relative to the note's folder).
 * A note's targets are all an export needs to resolve its links again without reading it.
 */
public record LinkTarget(String target, boolean embed, boolean markdown) {
    static LinkTarget of(Link link) {
        return new LinkTarget(link.target(), link.embed(), link instanceof Link.Markdown);
    }
}
