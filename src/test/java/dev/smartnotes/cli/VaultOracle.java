package dev.smartnotes.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * This test's own reading of a vault, written without the exporter's code: its files, each note's
 * front matter and body, the links of a body, and which file a link names.
 *
 * <p>Links are read the CommonMark way: commonmark-java finds code, HTML, links and images; a
 * wikilink is {@code [[…]]} on one line outside all of those, not escaped, an embed with {@code !}
 * before it. Math ({@code $…$}, {@code $$…$$}) holds no links, and {@code [^1]} is a footnote. Other extras ({@code %%comments%%}) are not known here, so
 * what they hold counts as text (see the doubtful-behaviour tests).
 *
 * <p>Resolution is deliberately small, and says {@link Resolution.Unknown} rather than guess:
 * <ol>
 *   <li>an empty target names the note itself;
 *   <li>a Markdown link's path relative to the note's folder, with or without {@code .md};
 *   <li>the exact vault path (a leading {@code /} dropped), with or without {@code .md}; a target
 *       with a leading {@code /} names nothing else;
 *   <li>otherwise the files named like the last segment (with or without {@code .md}); none: missing;
 *       those whose path ends with the target: one names it; several: the one in the linking
 *       note's own folder, else {@link Resolution.Ambiguous}; none although the name exists:
 *       {@link Resolution.Unknown}.
 * </ol>
 * Paths compare case-insensitively in NFC. Hidden files and folders are not in the vault, nor is a
 * file reached through a symbolic link. A path climbing out of the vault is missing.
 */
final class VaultOracle {
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final Pattern WIKILINK = Pattern.compile("\\[\\[([^\\[\\]\\r\\n]+)\\]\\]");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    final Path root;
    /** Every file of the vault, vault-relative with {@code /}, in the spelling of the file system. */
    final List<String> files;
    private final Map<String, String> byFoldedPath = new HashMap<>();
    private final Map<String, List<String>> byFoldedName = new HashMap<>();

    private VaultOracle(Path root, List<String> files) {
        this.root = root;
        this.files = files;
        for (String file : files) {
            byFoldedPath.put(fold(file), file);
            byFoldedName.computeIfAbsent(fold(name(file)), k -> new ArrayList<>()).add(file);
        }
    }

    static VaultOracle of(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            List<String> files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> Arrays.stream(p.split("/")).noneMatch(s -> s.startsWith(".")))
                    .filter(p -> !insideSymlink(root, p))
                    .sorted().toList();
            return new VaultOracle(root, files);
        }
    }

    private static boolean insideSymlink(Path root, String path) {
        Path at = root;
        for (String segment : path.split("/")) {
            at = at.resolve(segment);
            if (Files.isSymbolicLink(at)) {
                return true;
            }
        }
        return false;
    }

    List<String> notes() {
        return files.stream().filter(VaultOracle::isNote).toList();
    }

    static boolean isNote(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".md");
    }

    byte[] bytes(String path) {
        try {
            return Files.readAllBytes(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A note's text, without a byte-order mark. */
    String text(String note) {
        String text = new String(bytes(note), StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    // ---------------------------------------------------------------- front matter

    /**
     * A note split into its front matter block (from the opening {@code ---} line to the closing one,
     * line breaks included; "" if none), the YAML between the two, and the body after the block.
     */
    record Split(String block, String yaml, String body) {}

    static Split split(String text) {
        int firstEnd = lineEnd(text, 0);
        if (firstEnd < 0 || !text.substring(0, firstEnd).stripTrailing().equals("---")) {
            return new Split("", null, text);
        }
        int start = next(text, firstEnd);
        for (int line = start; line < text.length(); ) {
            int end = lineEnd(text, line);
            String content = text.substring(line, end < 0 ? text.length() : end);
            if (content.stripTrailing().equals("---")) {
                int after = end < 0 ? text.length() : next(text, end);
                return new Split(text.substring(0, after), text.substring(start, line), text.substring(after));
            }
            if (end < 0) {
                break;
            }
            line = next(text, end);
        }
        return new Split("", null, text);
    }

    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return i;
            }
        }
        return -1;
    }

    private static int next(String text, int lineEnd) {
        return text.startsWith("\r\n", lineEnd) ? lineEnd + 2 : lineEnd + 1;
    }

    // ---------------------------------------------------------------- links

    /**
     * One link in a body. {@code markdown} for a CommonMark link or image ({@code destination} then
     * holds its destination as the parser gives it), else a wikilink. {@code target} is the path part
     * (percent-decoded for Markdown), {@code fragment} what follows the first {@code #}.
     */
    record SourceLink(int start, int end, String raw, boolean markdown, boolean embed, String destination, String target, String fragment) {
        /** A reference link or image ({@code [text][label]}, {@code ![alt][label]}): its destination is in a definition. */
        boolean reference() {
            return markdown && !raw.endsWith(")");
        }
    }

    /** What a body holds, as commonmark-java reads it, and its links. */
    record Reading(Node document, List<SourceLink> links, BitSet code, BitSet html, List<int[]> linkSpans) {}

    static Reading read(String body) {
        Node document = PARSER.parse(body);
        BitSet code = new BitSet();
        BitSet html = new BitSet();
        BitSet taken = new BitSet();
        List<SourceLink> links = new ArrayList<>();
        List<int[]> linkSpans = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Code node) {
                mark(node, code);
            }

            @Override
            public void visit(FencedCodeBlock node) {
                mark(node, code);
            }

            @Override
            public void visit(IndentedCodeBlock node) {
                mark(node, code);
            }

            @Override
            public void visit(HtmlBlock node) {
                mark(node, html);
            }

            @Override
            public void visit(HtmlInline node) {
                mark(node, html);
            }

            @Override
            public void visit(Link node) {
                markdown(node, node.getDestination(), false);
                visitChildren(node);
            }

            @Override
            public void visit(Image node) {
                markdown(node, node.getDestination(), true);
                visitChildren(node);
            }

            @Override
            public void visit(LinkReferenceDefinition node) {
                int[] span = span(node);
                linkSpans.add(span);
                taken.set(span[0], span[1]);
            }

            private void markdown(Node node, String destination, boolean image) {
                int[] span = span(node);
                linkSpans.add(span);
                taken.set(span[0], span[1]);
                boolean footnote = body.startsWith("[^", span[0]); // [^1] refers to a footnote, not to a file
                if (local(destination) && !footnote) {
                    int hash = destination.indexOf('#');
                    String path = hash < 0 ? destination : destination.substring(0, hash);
                    String fragment = hash < 0 ? "" : destination.substring(hash + 1);
                    links.add(new SourceLink(span[0], span[1], body.substring(span[0], span[1]), true, image, destination,
                            percentDecode(path), percentDecode(fragment)));
                }
            }
        });
        BitSet outside = new BitSet();
        outside.or(code);
        outside.or(html);
        outside.or(taken);
        outside.or(math(body, code));
        links.addAll(wikilinks(body, outside));
        links.sort(java.util.Comparator.comparingInt(SourceLink::start));
        return new Reading(document, links, code, html, linkSpans);
    }

    /** Obsidian's math outside code: $$…$$, and $…$ with no space just inside either dollar and no digit after the closing one. */
    static BitSet math(String text, BitSet code) {
        BitSet math = new BitSet();
        Matcher m = Pattern.compile("\\$\\$[\\s\\S]*?\\$\\$|\\$(?!\\s)[^$\\n]*(?<!\\s)\\$(?!\\d)").matcher(text);
        while (m.find()) {
            if (!code.get(m.start()) && (m.start() == 0 || text.charAt(m.start() - 1) != '\\')) {
                math.set(m.start(), m.end());
            }
        }
        return math;
    }

    /** The wikilinks of {@code text} that start outside {@code excluded}. */
    static List<SourceLink> wikilinks(String text, BitSet excluded) {
        List<SourceLink> links = new ArrayList<>();
        Matcher m = WIKILINK.matcher(text);
        while (m.find()) {
            int open = m.start();
            if (escaped(text, open)) {
                continue;
            }
            boolean embed = open > 0 && text.charAt(open - 1) == '!' && !escaped(text, open - 1);
            int start = embed ? open - 1 : open;
            int next = excluded.nextSetBit(start);
            if (next >= 0 && next < m.end()) {
                continue;
            }
            String inner = m.group(1);
            int bar = inner.indexOf('|');
            String left = bar < 0 ? inner : inner.substring(0, bar);
            if (bar >= 0 && left.endsWith("\\")) {
                left = left.substring(0, left.length() - 1);
            }
            int hash = left.indexOf('#');
            String target = (hash < 0 ? left : left.substring(0, hash)).strip();
            String fragment = hash < 0 ? "" : left.substring(hash + 1).strip();
            if (target.isEmpty() && fragment.replace("#", "").isBlank()) {
                continue;
            }
            links.add(new SourceLink(start, m.end(), text.substring(start, m.end()), false, embed, null, target, fragment));
        }
        return links;
    }

    private static boolean escaped(String text, int at) {
        int backslashes = 0;
        for (int i = at - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    static int[] span(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        SourceSpan last = spans.getLast();
        return new int[] {spans.getFirst().getInputIndex(), last.getInputIndex() + last.getLength()};
    }

    private static void mark(Node node, BitSet bits) {
        for (SourceSpan span : node.getSourceSpans()) {
            bits.set(span.getInputIndex(), span.getInputIndex() + span.getLength());
        }
    }

    /** The raw text of a node: its source spans, joined by line breaks. */
    static String raw(String text, Node node) {
        StringBuilder raw = new StringBuilder();
        for (SourceSpan span : node.getSourceSpans()) {
            raw.append(raw.isEmpty() ? "" : "\n").append(text, span.getInputIndex(), span.getInputIndex() + span.getLength());
        }
        return raw.toString();
    }

    /** Whether a destination is a path of this computer rather than a URL or a bare fragment. */
    static boolean local(String destination) {
        return !destination.isEmpty() && !destination.startsWith("#") && !destination.startsWith("//") && !SCHEME.matcher(destination).find();
    }

    /** Percent-decoding of UTF-8 ({@code +} stays a plus, unlike form decoding). */
    static String percentDecode(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); ) {
            if (s.charAt(i) == '%' && i + 2 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0 && Character.digit(s.charAt(i + 2), 16) >= 0) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                int c = s.codePointAt(i);
                bytes.writeBytes(Character.toString(c).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- resolution

    sealed interface Resolution {
        record Found(String path) implements Resolution {}

        /** Several files fit and this oracle does not rank them. */
        record Ambiguous(List<String> candidates) implements Resolution {}

        /** Files of that name exist but none where the target's folders say: this oracle does not say. */
        record Unknown(List<String> candidates) implements Resolution {}

        record Missing() implements Resolution {}
    }

    Resolution resolve(SourceLink link, String fromNote) {
        return resolve(link.target(), fromNote, link.markdown());
    }

    Resolution resolve(String target, String fromNote, boolean markdown) {
        if (target.isEmpty()) {
            return new Resolution.Found(fromNote);
        }
        String folder = parent(fromNote);
        boolean rooted = target.startsWith("/");
        if (markdown && !rooted) {
            String relative = normalize(folder.isEmpty() ? target : folder + "/" + target);
            if (relative == null) {
                return new Resolution.Missing();
            }
            String found = exact(relative);
            if (found != null) {
                return new Resolution.Found(found);
            }
        }
        String t = rooted ? target.substring(1) : target;
        if (t.startsWith("./") || t.startsWith("../")) {
            String relative = normalize(folder.isEmpty() ? t : folder + "/" + t);
            String found = relative == null ? null : exact(relative);
            return found != null ? new Resolution.Found(found) : new Resolution.Missing();
        }
        String found = exact(t);
        if (found != null) {
            return new Resolution.Found(found);
        }
        if (rooted) {
            return new Resolution.Missing();
        }
        String name = name(t);
        List<String> candidates = new ArrayList<>(byFoldedName.getOrDefault(fold(name), List.of()));
        candidates.addAll(byFoldedName.getOrDefault(fold(name + ".md"), List.of()));
        if (candidates.isEmpty()) {
            return new Resolution.Missing();
        }
        String suffix = fold(t);
        List<String> fitting = candidates.stream()
                .filter(c -> ("/" + fold(c)).endsWith("/" + suffix) || ("/" + fold(c)).endsWith("/" + suffix + ".md")).toList();
        if (fitting.isEmpty()) {
            return new Resolution.Unknown(candidates);
        }
        if (fitting.size() == 1) {
            return new Resolution.Found(fitting.getFirst());
        }
        List<String> here = fitting.stream().filter(c -> fold(parent(c)).equals(fold(folder))).toList();
        return here.size() == 1 ? new Resolution.Found(here.getFirst()) : new Resolution.Ambiguous(fitting);
    }

    private String exact(String path) {
        String found = byFoldedPath.get(fold(path));
        return found != null ? found : byFoldedPath.get(fold(path + ".md"));
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The path with {@code .} and {@code ..} applied, or null if it climbs out. */
    static String normalize(String path) {
        List<String> out = new ArrayList<>();
        for (String segment : path.split("/", -1)) {
            switch (segment) {
                case "", "." -> { }
                case ".." -> {
                    if (out.isEmpty()) {
                        return null;
                    }
                    out.removeLast();
                }
                default -> out.add(segment);
            }
        }
        return String.join("/", out);
    }
}
