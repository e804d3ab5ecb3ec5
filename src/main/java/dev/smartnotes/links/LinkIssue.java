package dev.smartnotes.links;

/**
 * Something about one link of a note that a reader of the run's report should know: one line each,
 * once per note. None of them stops the export.
 */
public record LinkIssue(Kind kind, String target, String detail) {

    /** What kind of trouble a link is in. */
    public enum Kind {
        /** The target names no file; {@code detail} says why. The link stays as written. */
        UNRESOLVED,
        /** Several files have the target's name; {@code detail} is the one linked to, as Obsidian picks it. */
        AMBIGUOUS,
        /** The target is not exported (the output paths have none for it): the link stays as written. */
        NOT_EXPORTED,
        /** An inline embed would embed a note already being embedded; {@code detail} is the chain. */
        EMBED_CYCLE,
        /** Inline embeds nested deeper than {@link LinkRewriter#MAX_EMBED_DEPTH}. */
        EMBED_TOO_DEEP,
        /** The note has inlined {@link LinkRewriter#MAX_INLINE_EMBEDS} notes already. */
        EMBED_TOO_MANY,
        /** The embedded note could not be read. */
        EMBED_UNREADABLE,
        /** The embedded note has no such heading or block. */
        EMBED_SECTION_MISSING
    }

    /** The line for the report, such as {@code link "Missing" left as written: no such note or file}. */
    public String message() {
        return switch (kind) {
            case UNRESOLVED -> "link \"%s\" left as written: %s".formatted(target, detail);
            case AMBIGUOUS -> "link \"%s\" names several files: linked to %s".formatted(target, detail);
            case NOT_EXPORTED -> "link \"%s\" left as written: %s is not exported".formatted(target, detail);
            case EMBED_CYCLE -> "embed \"%s\" not inlined: embed cycle %s".formatted(target, detail);
            case EMBED_TOO_DEEP -> "embed \"%s\" not inlined: embeds nested deeper than %s".formatted(target, detail);
            case EMBED_TOO_MANY -> "embed \"%s\" not inlined: the note inlines more than %s notes".formatted(target, detail);
            case EMBED_UNREADABLE -> "embed \"%s\" not inlined: %s could not be read".formatted(target, detail);
            case EMBED_SECTION_MISSING -> "embed \"%s\" not inlined: no such heading or block in %s".formatted(target, detail);
        };
    }
}
