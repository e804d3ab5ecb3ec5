package dev.smartnotes.links;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.Image;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Where a CommonMark link's destination is written in the source, and what path it names. The parser
 * gives the destination's value but not its place; the place is found by reading the source from the
 * end of the link text with the CommonMark rules for destinations, and kept only when what it reads
 * is the value the parser found.
 */
final class Destinations {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:[/\\\\]");

    private Destinations() {}

    /** The link or image {@code node}, if it is an inline link to a local path. */
    static Link.Markdown inline(String body, Node node, String destination) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty() || !local(destination)) {
            return null;
        }
        int start = spans.getFirst().getInputIndex();
        int end = spans.getLast().getInputIndex() + spans.getLast().getLength();
        boolean image = node instanceof Image;
        int from = start + (image ? 2 : 1);
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            for (SourceSpan span : child.getSourceSpans()) {
                from = Math.max(from, span.getInputIndex() + span.getLength());
            }
        }
        int close = body.indexOf("](", from);
        if (close < 0 || close >= end) {
            return null; // a reference link: its definition carries the destination
        }
        return found(body, start, end, close + 2, destination, image ? Link.Form.IMAGE : Link.Form.LINK);
    }

    /** The link reference definition {@code node}, if its destination is a local path. */
    static Link.Markdown definition(String body, LinkReferenceDefinition node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty() || !local(node.getDestination())) {
            return null;
        }
        int start = spans.getFirst().getInputIndex();
        int end = spans.getLast().getInputIndex() + spans.getLast().getLength();
        for (int i = body.indexOf('[', start) + 1; i > 0 && i < end; i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ']') {
                return i + 1 < end && body.charAt(i + 1) == ':'
                        ? found(body, start, end, i + 2, node.getDestination(), Link.Form.DEFINITION)
                        : null;
            }
        }
        return null;
    }

    private static Link.Markdown found(String body, int start, int end, int from, String destination, Link.Form form) {
        int i = from;
        while (i < end && (body.charAt(i) == ' ' || body.charAt(i) == '\t' || body.charAt(i) == '\n' || body.charAt(i) == '\r')) {
            i++;
        }
        int stop = i;
        String written;
        if (i < end && body.charAt(i) == '<') {
            stop = body.indexOf('>', i + 1);
            while (stop > 0 && body.charAt(stop - 1) == '\\') {
                stop = body.indexOf('>', stop + 1);
            }
            if (stop < 0 || stop >= end) {
                return null;
            }
            written = body.substring(i + 1, stop++);
        } else {
            for (int depth = 0; stop < end; stop++) {
                char c = body.charAt(stop);
                if (c == '\\' && stop + 1 < end) {
                    stop++;
                } else if (c <= ' ' || c == ')' && depth == 0) {
                    break;
                } else if (c == '(' || c == ')') {
                    depth += c == '(' ? 1 : -1;
                }
            }
            written = body.substring(i, stop);
        }
        if (!unescape(written).equals(destination)) {
            return null; // written with entities or across a container's prefix: left as it is
        }
        int hash = destination.indexOf('#');
        String path = hash < 0 ? destination : destination.substring(0, hash);
        String fragment = hash < 0 ? "" : destination.substring(hash + 1);
        return new Link.Markdown(start, end, body.substring(start, end), form, i, stop, decode(path), decode(fragment));
    }

    /** Whether a destination names a local path: not empty, not a URL, not a bare {@code #fragment}. */
    static boolean local(String destination) {
        return !destination.isEmpty() && destination.charAt(0) != '#' && !destination.startsWith("//")
                && (!SCHEME.matcher(destination).find() || DRIVE.matcher(destination).find());
    }

    /** CommonMark backslash escapes: a backslash before ASCII punctuation stands for the punctuation. */
    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && isAsciiPunctuation(s.charAt(i + 1))) {
                c = s.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }

    static boolean isAsciiPunctuation(char c) {
        return c > ' ' && c < 127 && !Character.isLetterOrDigit(c);
    }

    /** Percent-decoding as UTF-8; a sequence that is not valid UTF-8 is kept as written. */
    static String decode(String s) {
        int percent = s.indexOf('%');
        if (percent < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, percent);
        int i = percent;
        while (i < s.length()) {
            int run = i;
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            while (i + 2 < s.length() && s.charAt(i) == '%' && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 3;
            }
            if (i == run) {
                out.append(s.charAt(i++));
                continue;
            }
            try {
                out.append(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes.toByteArray())));
            } catch (CharacterCodingException e) {
                out.append(s, run, i);
            }
        }
        return out.toString();
    }

    private static int hex(char c) {
        return Character.digit(c, 16) >= 0 && c < 128 ? Character.digit(c, 16) : -1;
    }
}
