package dev.smartnotes.links;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;

/**
 * The part of a note that {@code ![[Note#Heading]]} or {@code ![[Note#^block]]} embeds.
 *
 * <p>A heading section runs from the heading's line up to the next heading of the same or a higher
 * level (fewer {@code #}), or the end. {@code Heading#Sub} finds {@code Heading}, then {@code Sub}
 * after it. Headings compare as Obsidian's links write them: case aside, with punctuation such as
 * {@code : # | [ ]} and runs of spaces taken as one space. A block {@code ^id} is the paragraph that
 * ends with {@code ^id} (without it), or the block just before a paragraph that is only {@code ^id}.
 */
final class Sections {
    private static final String HEADING_PUNCTUATION = "!\"#$%&()*+,.:;<=>?@^`{|}~/[]\\";

    private Sections() {}

    /** The section of {@code body} that {@code fragment} names, or null if there is none. */
    static String of(String body, String fragment) {
        Node document = LinkScanner.parse(body);
        String last = fragment.substring(fragment.lastIndexOf('#') + 1).strip();
        return last.startsWith("^") ? block(body, document, last.substring(1)) : heading(body, document, fragment.split("#"));
    }

    private static String heading(String body, Node document, String[] path) {
        List<Heading> headings = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && !heading.getSourceSpans().isEmpty()) {
                headings.add(heading);
            }
        }
        int at = -1;
        for (String wanted : path) {
            if (wanted.isBlank()) {
                continue;
            }
            String key = key(wanted);
            int from = at + 1;
            at = -1;
            for (int i = from; i < headings.size() && at < 0; i++) {
                at = key.equals(key(text(body, headings.get(i)))) ? i : -1;
            }
            if (at < 0) {
                return null;
            }
        }
        if (at < 0) {
            return null;
        }
        Heading found = headings.get(at);
        int end = body.length();
        for (int i = at + 1; i < headings.size(); i++) {
            if (headings.get(i).getLevel() <= found.getLevel()) {
                end = start(headings.get(i));
                break;
            }
        }
        return body.substring(start(found), end).strip();
    }

    private static String block(String body, Node document, String id) {
        String marker = "^" + id;
        List<Paragraph> paragraphs = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                paragraphs.add(paragraph);
            }
        });
        for (Paragraph paragraph : paragraphs) {
            if (paragraph.getSourceSpans().isEmpty()) {
                continue;
            }
            String text = body.substring(start(paragraph), end(paragraph)).stripTrailing();
            if (text.equals(marker)) {
                Node before = paragraph.getPrevious();
                return before == null || before.getSourceSpans().isEmpty() ? null : body.substring(start(before), end(before)).strip();
            }
            if (text.endsWith(marker) && Character.isWhitespace(text.charAt(text.length() - marker.length() - 1))) {
                return text.substring(0, text.length() - marker.length()).strip();
            }
        }
        return null;
    }

    /** A heading's text as written (the source of its inline content). */
    private static String text(String body, Heading heading) {
        Node first = heading.getFirstChild();
        Node last = heading.getLastChild();
        if (first == null || first.getSourceSpans().isEmpty() || last.getSourceSpans().isEmpty()) {
            return "";
        }
        return body.substring(start(first), end(last));
    }

    /** How Obsidian's links write a heading, for comparing: see the class comment. */
    static String key(String heading) {
        StringBuilder key = new StringBuilder(heading.length());
        for (char c : heading.toLowerCase(Locale.ROOT).toCharArray()) {
            boolean space = Character.isWhitespace(c) || HEADING_PUNCTUATION.indexOf(c) >= 0;
            if (!space) {
                key.append(c);
            } else if (!key.isEmpty() && key.charAt(key.length() - 1) != ' ') {
                key.append(' ');
            }
        }
        return key.toString().strip();
    }

    private static int start(Node node) {
        return node.getSourceSpans().getFirst().getInputIndex();
    }

    private static int end(Node node) {
        SourceSpan last = node.getSourceSpans().getLast();
        return last.getInputIndex() + last.getLength();
    }
}
