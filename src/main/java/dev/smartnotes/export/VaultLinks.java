package dev.smartnotes.export;

import dev.smartnotes.links.EmbedStyle;
import dev.smartnotes.links.LinkRewriter;
import dev.smartnotes.links.LinkTargets;
import dev.smartnotes.notes.NoteSource;
import dev.smartnotes.render.Format;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The links of one run, once the walk is over: where each file of the vault goes in the Markdown
 * export, and the rewriter that resolves and writes links to them. A note that is not exported, and
 * an attachment that is not copied, has no place: links to it stay as written.
 */
record VaultLinks(ExportRequest request, Walk.Listing listing) {

    /**
     * A rewriter for notes that are exported as {@code exported} says (by path), of those that
     * --include and --exclude let through (the others never reach a pass).
     */
    LinkRewriter rewriter(Predicate<String> exported) {
        Predicate<String> written = path -> request.filter().acceptsPath(path) && exported.test(path);
        return new LinkRewriter(listing.index(), request.rendering().links(), request.rendering().embeds(),
                path -> outputPath(path, written), this::bodyOf);
    }

    /** The rewriter for a run in which a note is exported if --include and --exclude let it through (the first pass's, before any note is read). */
    LinkRewriter rewriter() {
        return rewriter(path -> true);
    }

    /**
     * Whether a note's Markdown, written by the earlier export from the same text, is still what this
     * export would write: its links lead to the same files at the same places, and it inlines no
     * note (whose text may have changed since).
     */
    boolean leadWhereTheyLed(LinkRewriter rewriter, String path, Manifest.Entry previous) {
        return !inlinesNotes(rewriter, path, previous.targets()) && rewriter.fingerprint(path, previous.targets()).equals(previous.links());
    }

    /** Whether a note with these link targets inlines another note's text in its Markdown (--embeds inline). */
    boolean inlinesNotes(LinkRewriter rewriter, String path, LinkTargets targets) {
        return request.rendering().embeds() == EmbedStyle.INLINE
                && rewriter.summarize(path, targets.embeds()).links().stream().anyMatch(listing.index()::isNote);
    }

    /** A file's path in the Markdown folder, or null if it has none there. */
    private String outputPath(String path, Predicate<String> exported) {
        if (listing.index().isNote(path)) {
            String name = listing.plan().nameOfPath(path);
            return name != null && exported.test(path) ? name + ".md" : null;
        }
        boolean copied = request.rendering().attachments() != Attachments.NONE && request.formats().contains(Format.MD);
        return copied ? listing.plan().attachmentName(path) : null;
    }

    /** An embedded note's body, read again, for --embeds inline. */
    private Optional<String> bodyOf(String path) {
        return listing.found().sources().stream().filter(s -> s.path().equals(path)).findFirst().flatMap(VaultLinks::body);
    }

    private static Optional<String> body(NoteSource source) {
        try {
            return Optional.of(source.load().body().text());
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
