package dev.smartnotes.links;

/**
 * One link or embed written in a note's body, outside code and HTML. {@code start} and {@code end}
 * are its offsets in the body (end exclusive), {@code raw} the text between them; {@code target} is
 * the path part, decoded ({@code ""} for a link into the same note), and {@code fragment} what
 * followed the first {@code #}, decoded ({@code Heading}, {@code Heading#Sub}, {@code ^block}, or
 * {@code ""} for none).
 */
public sealed interface Link {

    int start();

    int end();

    String raw();

    String target();

    String fragment();

    /** Whether the link shows its target in place ({@code ![[…]]}, {@code ![…](…)}). */
    boolean embed();

    /**
     * {@code [[target#fragment|alias]]}, or {@code ![[…]]} when {@code embed}. {@code alias} is
     * {@code ""} when there is none; {@code \|} (the pipe inside a table cell) separates it too.
     */
    record Wiki(int start, int end, String raw, boolean embed, String target, String fragment, String alias) implements Link {

        /** The text Obsidian shows for the link: the alias, else {@code Note}, {@code Note > Heading}, {@code Heading}. */
        public String display() {
            if (!alias.isEmpty()) {
                return alias;
            }
            String section = String.join(" > ", fragment.split("#"));
            return fragment.isEmpty() ? target : target.isEmpty() ? section : target + " > " + section;
        }
    }

    /**
     * A CommonMark link {@code [text](destination "title")}, image {@code ![alt](…)}, or link
     * reference definition {@code [label]: destination}, to a local path (not a URL, not a bare
     * {@code #fragment}). {@code destinationStart}..{@code destinationEnd} is where the destination is
     * written, with its {@code <…>} if it has them.
     */
    record Markdown(int start, int end, String raw, Form form, int destinationStart, int destinationEnd, String target, String fragment)
            implements Link {

        @Override
        public boolean embed() {
            return form == Form.IMAGE;
        }

        /** This destination as an image's: a definition that a reference image {@code ![alt][label]} uses. */
        Markdown asImage() {
            return new Markdown(start, end, raw, Form.IMAGE, destinationStart, destinationEnd, target, fragment);
        }
    }

    /** The three CommonMark forms that carry a destination. */
    enum Form {
        LINK,
        IMAGE,
        DEFINITION
    }
}
