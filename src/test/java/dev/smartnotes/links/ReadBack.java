package dev.smartnotes.links;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/** Reads rewritten Markdown back with commonmark-java: the links a CommonMark reader sees in it. */
final class ReadBack {
    private static final Parser PARSER = Parser.builder().build();

    /** One link or image as a reader sees it: its kind, its plain text and its percent-decoded destination. */
    record Seen(boolean image, String text, String destination) {
        @Override
        public String toString() {
            return (image ? "!" : "") + "[" + text + "](" + destination + ")";
        }
    }

    private ReadBack() {}

    static List<Seen> links(String markdown) {
        List<Seen> seen = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                seen.add(new Seen(false, text(link), Destinations.decode(link.getDestination())));
            }

            @Override
            public void visit(Image image) {
                seen.add(new Seen(true, text(image), Destinations.decode(image.getDestination())));
            }
        });
        return seen;
    }

    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }
        });
        return text.toString();
    }
}
