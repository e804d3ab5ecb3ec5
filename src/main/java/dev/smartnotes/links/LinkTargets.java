package dev.smartnotes.links;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * A note's link targets, in order, held as one string. An export keeps them for every linked note
 * until it ends (the manifest lists them, to resolve the links again without reading the note): as a
 * list of {@link LinkTarget} records, a string each, they took some 400 bytes a note in a vault.
 *
 * <p>Each target is a letter for its kind ({@code w} wikilink, {@code W} embedded wikilink, {@code m}
 * Markdown link, {@code M} embedded Markdown link), its text with {@code \} and line breaks escaped
 * ({@code \\}, {@code \n}), and a line break. Only {@link #of} makes that text, so it is always whole.
 */
public final class LinkTargets {
    public static final LinkTargets NONE = new LinkTargets("");

    private final String encoded;

    private LinkTargets(String encoded) {
        this.encoded = encoded;
    }

    public static LinkTargets of(Collection<LinkTarget> targets) {
        if (targets.isEmpty()) {
            return NONE;
        }
        StringBuilder text = new StringBuilder();
        for (LinkTarget link : targets) {
            text.append(link.markdown() ? (link.embed() ? 'M' : 'm') : (link.embed() ? 'W' : 'w'));
            link.target().chars().forEach(c -> {
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\n' -> text.append("\\n");
                    default -> text.append((char) c);
                }
            });
            text.append('\n');
        }
        return new LinkTargets(text.toString());
    }

    public boolean isEmpty() {
        return encoded.isEmpty();
    }

    /** The targets, in the order they were given. */
    public List<LinkTarget> list() {
        List<LinkTarget> targets = new ArrayList<>();
        int i = 0;
        while (i < encoded.length()) {
            char kind = encoded.charAt(i++);
            StringBuilder target = new StringBuilder();
            for (char c = encoded.charAt(i++); c != '\n'; c = encoded.charAt(i++)) {
                target.append(c != '\\' ? c : encoded.charAt(i++) == 'n' ? '\n' : '\\');
            }
            targets.add(new LinkTarget(target.toString(), kind == 'W' || kind == 'M', kind == 'm' || kind == 'M'));
        }
        return Collections.unmodifiableList(targets);
    }

    /** The targets that embed what they name. */
    public LinkTargets embeds() {
        return of(list().stream().filter(LinkTarget::embed).toList());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LinkTargets targets && encoded.equals(targets.encoded);
    }

    @Override
    public int hashCode() {
        return encoded.hashCode();
    }

    @Override
    public String toString() {
        return list().toString();
    }
}
