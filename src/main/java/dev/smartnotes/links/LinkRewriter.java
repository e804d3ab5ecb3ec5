package dev.smartnotes.links;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Resolves a note's links against the vault and, for the Markdown export, writes them as portable
 * CommonMark. One instance serves a whole run (it holds no state per note) and is thread-safe if the
 * functions given to it are.
 *
 * <p>With {@link LinkStyle#MARKDOWN}, a resolved wikilink becomes {@code [text](url)}, where the text
 * is the alias or what Obsidian shows ({@code Note}, {@code Note > Heading}), and an embedded image
 * {@code ![alt](url)} (a size such as {@code |300} or {@code |300x200} is dropped); other embedded
 * files become links, since CommonMark readers show only images in place. A resolved CommonMark link
 * or image keeps its text and title and gets the new destination. The url is the target's output
 * path relative to the output file, percent-encoded, with the heading's slug (see {@link LinkUrls}).
 * Unresolved links, URLs and everything else in the body stay exactly as written. With
 * {@link EmbedStyle#INLINE} an embedded note is replaced by its text, whose links resolve from the
 * embedded note but point from the embedding note's output file.
 */
public final class LinkRewriter {
    /** How deep inline embeds nest, as in Obsidian, which shows embeds five deep. */
    public static final int MAX_EMBED_DEPTH = 5;
    /** How many notes one note may inline in all, so that embeds fanning out at every level stay bounded. */
    public static final int MAX_INLINE_EMBEDS = 1000;

    private static final Set<String> IMAGES = Set.of("avif", "bmp", "gif", "jpeg", "jpg", "png", "svg", "webp");
    private static final Pattern SIZE = Pattern.compile("\\d+(x\\d+)?");
    private static final String TEXT_SPECIALS = "\\[]`*_<&|~$";

    private static final Digest NO_LINKS = Digests.sha256("");

    private final VaultIndex index;
    private final LinkStyle linkStyle;
    private final EmbedStyle embedStyle;
    private final Function<String, String> outputPaths;
    private final EmbedSource embeds;

    /**
     * @param outputPaths the output path (from the Markdown export root, such as
     *                    {@code Folder/My Note.md} or {@code img/a b.png}) of a file's vault path, or
     *                    null if the file is not exported
     * @param embeds      the notes' text, for {@link EmbedStyle#INLINE}
     */
    public LinkRewriter(VaultIndex index, LinkStyle linkStyle, EmbedStyle embedStyle, Function<String, String> outputPaths, EmbedSource embeds) {
        this.index = index;
        this.linkStyle = linkStyle;
        this.embedStyle = embedStyle;
        this.outputPaths = outputPaths;
        this.embeds = embeds;
    }

    /** A note's links: their targets (what resolving them again needs) and their summary. */
    public record Scan(LinkTargets targets, LinkSummary summary) {}

    /** A rewritten body, with the targets and the summary of the links of the note's own text. */
    public record Result(String body, LinkTargets targets, LinkSummary summary) {}

    /** The links of a note, without writing anything (what JSON and CSV need). */
    public Scan scan(String notePath, String body) {
        Tally tally = new Tally(notePath, index);
        for (Link link : LinkScanner.scan(body)) {
            tally.record(link, index.lookup(link.target(), notePath, link instanceof Link.Markdown));
        }
        return new Scan(tally.targets(), tally.summary());
    }

    /** The link summary of a note, without writing anything (what JSON and CSV need). */
    public LinkSummary summarize(String notePath, String body) {
        return scan(notePath, body).summary();
    }

    /** The link summary of a note known only by its link targets (one that did not change since they were found). */
    public LinkSummary summarize(String notePath, LinkTargets targets) {
        if (targets.isEmpty()) {
            return LinkSummary.EMPTY; // most notes of a collection
        }
        Tally tally = new Tally(notePath, index);
        targets.list().forEach(link -> tally.record(link, index.lookup(link.target(), notePath, link.markdown())));
        return tally.summary();
    }

    /**
     * A digest of where the targets lead in this export: the file each resolves to and that file's
     * output path. A rewritten body changes only if its text or this digest does.
     */
    public Digest fingerprint(String notePath, LinkTargets targets) {
        if (targets.isEmpty()) {
            return NO_LINKS; // most notes of a collection: one digest for all of them
        }
        StringBuilder text = new StringBuilder();
        for (LinkTarget link : targets.list()) {
            text.append(link).append(" -> ");
            if (index.lookup(link.target(), notePath, link.markdown()) instanceof Resolution.Found found) {
                text.append(found.path()).append(" at ").append(outputPaths.apply(found.path()));
            }
            text.append('\n');
        }
        return Digests.sha256(text.toString());
    }

    /** The note's body for the Markdown export, written to {@code outputPath}, and its link summary. */
    public Result rewrite(String notePath, String outputPath, String body) {
        Tally tally = new Tally(notePath, index);
        Deque<String> chain = new ArrayDeque<>(List.of(notePath));
        String rewritten = render(body, notePath, new Context(outputPath, tally, chain, true));
        return new Result(rewritten, tally.targets(), tally.summary());
    }

    /** Where a rewrite happens: the output file, the tally, the chain of notes being embedded. */
    private record Context(String output, Tally tally, Deque<String> chain, boolean own) {}

    /** One replacement in a body: its text for {@code body[from, to)}. */
    private record Edit(int from, int to, String text) {}

    private String render(String body, String sourcePath, Context context) {
        List<Edit> edits = new ArrayList<>();
        for (Link link : LinkScanner.scan(body)) {
            Resolution resolution = index.lookup(link.target(), sourcePath, link instanceof Link.Markdown);
            if (context.own()) {
                context.tally().record(link, resolution);
            }
            if (!(resolution instanceof Resolution.Found found)) {
                continue;
            }
            boolean inline = embedStyle == EmbedStyle.INLINE && link instanceof Link.Wiki && link.embed() && index.isNote(found.path());
            if (!inline && linkStyle == LinkStyle.KEEP) {
                continue;
            }
            String output = outputPaths.apply(found.path());
            if (output == null) {
                context.tally().issue(LinkIssue.Kind.NOT_EXPORTED, link.target(), found.path());
                continue;
            }
            String url = url(context.output(), output, link.fragment(), index.isNote(found.path()));
            edits.add(inline ? new Edit(link.start(), link.end(), inline((Link.Wiki) link, found.path(), body, url, context)) : switch (link) {
                case Link.Wiki wiki -> new Edit(wiki.start(), wiki.end(), wiki(wiki, found.path(), url));
                case Link.Markdown markdown -> new Edit(markdown.destinationStart(), markdown.destinationEnd(), url);
            });
        }
        if (edits.isEmpty()) {
            return body;
        }
        edits.sort(Comparator.comparingInt(Edit::from)); // a link's destination comes after an image in its text
        StringBuilder out = new StringBuilder(body.length() + 64);
        int copied = 0;
        for (Edit edit : edits) {
            out.append(body, copied, edit.from()).append(edit.text());
            copied = edit.to();
        }
        return out.append(body, copied, body.length()).toString();
    }

    /** A note's fragment names a heading or a block; another file's (a PDF's {@code #page=3}) goes as written. */
    private static String url(String from, String to, String fragment, boolean note) {
        String anchor = note ? LinkUrls.fragment(fragment) : LinkUrls.fileFragment(fragment);
        return to.equals(from) && !anchor.isEmpty() ? anchor : LinkUrls.relative(from, to) + anchor;
    }

    private String wiki(Link.Wiki wiki, String path, String url) {
        boolean sized = wiki.embed() && SIZE.matcher(wiki.alias()).matches();
        if (wiki.embed() && IMAGES.contains(extension(path))) {
            return "![" + escape(sized ? "" : wiki.alias()) + "](" + url + ")";
        }
        Link.Wiki shown = sized ? new Link.Wiki(wiki.start(), wiki.end(), wiki.raw(), true, wiki.target(), wiki.fragment(), "") : wiki;
        return "[" + escape(shown.display()) + "](" + url + ")";
    }

    private String inline(Link.Wiki wiki, String path, String body, String url, Context context) {
        String asLink = linkStyle == LinkStyle.KEEP ? wiki.raw() : "[" + escape(wiki.display()) + "](" + url + ")";
        if (Placement.inTableRow(body, wiki.start())) {
            return asLink;
        }
        Deque<String> chain = context.chain();
        if (chain.contains(path)) {
            List<String> cycle = chain.reversed().stream().dropWhile(p -> !p.equals(path)).toList();
            return marker(context, LinkIssue.Kind.EMBED_CYCLE, wiki, String.join(" → ", cycle) + " → " + path, asLink, "embed cycle");
        }
        if (chain.size() > MAX_EMBED_DEPTH) {
            return marker(context, LinkIssue.Kind.EMBED_TOO_DEEP, wiki, String.valueOf(MAX_EMBED_DEPTH), asLink, "embeds nested too deep");
        }
        if (!context.tally().inlineOneMore()) {
            return marker(context, LinkIssue.Kind.EMBED_TOO_MANY, wiki, String.valueOf(MAX_INLINE_EMBEDS), asLink, "too many embeds");
        }
        Optional<String> text;
        try {
            text = embeds.body(path);
        } catch (RuntimeException e) {
            text = Optional.empty(); // the note is exported all the same, with a marker in place
        }
        if (text.isEmpty()) {
            return marker(context, LinkIssue.Kind.EMBED_UNREADABLE, wiki, path, asLink, "could not be read");
        }
        String content = wiki.fragment().isEmpty() ? text.get() : Sections.of(text.get(), wiki.fragment());
        if (content == null) {
            return marker(context, LinkIssue.Kind.EMBED_SECTION_MISSING, wiki, path, asLink, "no such section");
        }
        chain.push(path);
        try {
            return Placement.place(body, wiki.start(), wiki.end(), render(content, path, new Context(context.output(), context.tally(), chain, false)));
        } finally {
            chain.pop();
        }
    }

    private static String marker(Context context, LinkIssue.Kind kind, Link.Wiki wiki, String detail, String asLink, String words) {
        context.tally().issue(kind, wiki.target().isEmpty() ? wiki.raw() : wiki.target(), detail);
        return asLink + " *(not embedded: " + words + ")*";
    }

    /** Link text that CommonMark reads back as exactly {@code text}, whatever it holds. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            out.append(TEXT_SPECIALS.indexOf(c) >= 0 ? "\\" : "").append(c);
        }
        return out.toString();
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < path.lastIndexOf('/') + 1 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
