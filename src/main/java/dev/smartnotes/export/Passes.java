package dev.smartnotes.export;

import dev.smartnotes.render.Format;
import java.util.List;

/**
 * Which formats each pass over the notes writes. The first pass reads every note and finds its links;
 * it also writes the Markdown, which needs only the names of the vault's files. JSON and CSV show
 * backlinks, which are known only once every note has been read: the second pass writes them.
 * (With --tag, --skip-tag or --since, which notes are exported is also known only after the first
 * pass, and a Markdown link must never point at a note that is not: then Markdown waits too.)
 */
record Passes(List<Format> first, List<Format> second) {
    static Passes of(ExportRequest request) {
        boolean markdownFirst = request.formats().contains(Format.MD) && !request.filter().readsNotes();
        List<Format> first = markdownFirst ? List.of(Format.MD) : List.of();
        return new Passes(first, request.formats().stream().filter(f -> !first.contains(f)).toList());
    }

    /** Whether the first pass is the last: its outcomes are final. */
    boolean firstIsLast() {
        return second.isEmpty();
    }
}
