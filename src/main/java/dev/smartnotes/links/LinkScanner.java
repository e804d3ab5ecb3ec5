package dev.smartnotes.links;

import dev.smartnotes.notes.Body;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Finds the links and embeds of a note's body with one CommonMark parse (commonmark-java, with source
 * spans). The parser finds code (fenced and indented blocks, inline code), HTML (blocks and inline),
 * and the CommonMark links, images and link reference definitions; wikilinks, which are not
 * CommonMark, are read from the source text outside all of those.
 *
 * <p>A wikilink is {@code [[…]]} on one line, with no {@code [} or {@code ]} inside and something
 * other than {@code |} or {@code #} alone; a backslash before it escapes it, and a {@code !} right
 * before it makes it an embed. Never throws on any text.
 */
public final class LinkScanner {
    /** Thread-safe once built, as commonmark-java documents. */
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private static final String AFTER_CLOSE = "]([:";

    private LinkScanner() {}

    /** The links of a body in the order they are written. */
    public static List<Link> scan(String body) {
        if (!mayHoldLinks(body)) {
            return List.of();
        }
        Collector collector = new Collector(body);
        PARSER.parse(body).accept(collector);
        collector.embedsByReference();
        collector.math();
        collector.wikilinks();
        collector.links.sort(Comparator.comparingInt(Link::start));
        return collector.links;
    }

    /**
     * Whether a body may hold a link at all: every link closes a bracket right before one of these
     * ({@code [[x]]}, {@code [x](y)}, {@code [x][y]}, and a shortcut reference {@code [x]} needs its
     * definition's {@code [x]: y}). One that holds none needs no parse.
     */
    public static boolean mayHoldLinks(Body body) {
        return body.holdsPair(']', AFTER_CLOSE);
    }

    static boolean mayHoldLinks(String text) {
        for (int i = text.indexOf(']'); i >= 0 && i + 1 < text.length(); i = text.indexOf(']', i + 1)) {
            if (AFTER_CLOSE.indexOf(text.charAt(i + 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Parses a body the way {@link #scan} does, for callers that need the tree itself. */
    static Node parse(String body) {
        return PARSER.parse(body);
    }

    private static final class Collector extends AbstractVisitor {
        private final String body;
        private final BitSet taken = new BitSet();
        private final List<Link> links = new ArrayList<>();
        private final java.util.Set<String> imagesByReference = new java.util.HashSet<>();
        private final java.util.Map<Link.Markdown, String> definitions = new java.util.IdentityHashMap<>();

        Collector(String body) {
            this.body = body;
        }

        @Override
        public void visit(Code node) {
            take(node);
        }

        @Override
        public void visit(FencedCodeBlock node) {
            take(node);
        }

        @Override
        public void visit(IndentedCodeBlock node) {
            take(node);
        }

        @Override
        public void visit(HtmlBlock node) {
            take(node);
        }

        @Override
        public void visit(HtmlInline node) {
            take(node);
        }

        @Override
        public void visit(org.commonmark.node.Link node) {
            add(Destinations.inline(body, node, node.getDestination()));
            take(node);
            visitChildren(node); // an image inside a link: [![badge](b.png)](Note.md)
        }

        @Override
        public void visit(Image node) {
            Link.Markdown image = Destinations.inline(body, node, node.getDestination());
            if (image == null) {
                imagesByReference.add(node.getDestination()); // ![alt][label]: its definition names the embedded file
            }
            add(image);
            take(node);
            visitChildren(node);
        }

        @Override
        public void visit(LinkReferenceDefinition node) {
            Link.Markdown definition = node.getLabel().startsWith("^") ? null // [^1]: a footnote, as Obsidian and GitHub read it
                    : Destinations.definition(body, node);
            if (definition != null) {
                definitions.put(definition, node.getDestination());
            }
            add(definition);
            take(node);
        }

        /** Definitions that a reference image uses name embedded files. */
        void embedsByReference() {
            links.replaceAll(link -> link instanceof Link.Markdown md && definitions.containsKey(md)
                    && imagesByReference.contains(definitions.get(md)) ? md.asImage() : link);
        }

        /**
         * Math ({@code $…$} inline, {@code $$…$$} display) outside code holds no links, as Obsidian
         * renders it: an inline {@code $} opens math when a non-space follows it, and closes it when a
         * non-space comes before it and no digit after it.
         */
        void math() {
            for (int open = body.indexOf('$'); open >= 0 && open < body.length() - 1; open = body.indexOf('$', open + 1)) {
                if (taken.get(open) || escaped(open)) {
                    continue;
                }
                boolean display = body.charAt(open + 1) == '$';
                int close = display ? body.indexOf("$$", open + 2) : inlineMathEnd(open + 1);
                if (close > open) {
                    int end = close + (display ? 2 : 1);
                    taken.set(open, end);
                    open = end - 1;
                }
            }
        }

        private int inlineMathEnd(int from) {
            if (Character.isWhitespace(body.charAt(from))) {
                return -1;
            }
            for (int i = from; i < body.length(); i++) {
                char c = body.charAt(i);
                if (c == '\n' && i + 1 < body.length() && (body.charAt(i + 1) == '\n' || body.charAt(i + 1) == '\r')) {
                    return -1; // a blank line ends the paragraph
                }
                if (c == '$' && i > from && !Character.isWhitespace(body.charAt(i - 1)) && !escaped(i)
                        && (i + 1 == body.length() || !Character.isDigit(body.charAt(i + 1)))) {
                    return i;
                }
            }
            return -1;
        }

        private void add(Link link) {
            if (link != null) {
                links.add(link);
            }
        }

        private void take(Node node) {
            for (SourceSpan span : node.getSourceSpans()) {
                taken.set(span.getInputIndex(), span.getInputIndex() + span.getLength());
            }
        }

        /** The wikilinks in the text that no code, HTML or CommonMark link has taken. */
        void wikilinks() {
            for (int open = body.indexOf("[["); open >= 0; open = body.indexOf("[[", open + 1)) {
                int close = close(open + 2);
                if (close < 0 || escaped(open)) {
                    continue;
                }
                boolean embed = open > 0 && body.charAt(open - 1) == '!' && !escaped(open - 1);
                int start = embed ? open - 1 : open;
                int end = close + 2;
                int next = taken.nextSetBit(start);
                Link.Wiki link = next >= 0 && next < end ? null : wiki(start, end, embed, body.substring(open + 2, close));
                if (link != null) {
                    links.add(link);
                    open = close;
                }
            }
        }

        /** Where the {@code ]]} closing a wikilink's text from {@code from} is, or -1. */
        private int close(int from) {
            for (int i = from; i < body.length(); i++) {
                char c = body.charAt(i);
                if (c == '\n' || c == '\r' || c == '[') {
                    return -1;
                }
                if (c == ']') {
                    return i + 1 < body.length() && body.charAt(i + 1) == ']' && i > from ? i : -1;
                }
            }
            return -1;
        }

        private boolean escaped(int at) {
            int backslashes = 0;
            for (int i = at - 1; i >= 0 && body.charAt(i) == '\\'; i--) {
                backslashes++;
            }
            return backslashes % 2 == 1;
        }

        private Link.Wiki wiki(int start, int end, boolean embed, String text) {
            int bar = text.indexOf('|');
            String left = bar < 0 ? text : text.substring(0, bar > 0 && text.charAt(bar - 1) == '\\' ? bar - 1 : bar);
            String alias = bar < 0 ? "" : text.substring(bar + 1).replace("\\|", "|").strip();
            int hash = left.indexOf('#');
            String target = (hash < 0 ? left : left.substring(0, hash)).strip();
            String fragment = hash < 0 ? "" : left.substring(hash + 1).strip();
            if (target.isEmpty() && fragment.replace("#", "").isBlank()) {
                return null;
            }
            return new Link.Wiki(start, end, body.substring(start, end), embed, target, fragment, alias);
        }
    }
}
