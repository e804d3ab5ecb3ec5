package dev.smartnotes.links;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The URLs written into rewritten links: relative paths between output files, percent-encoded, and
 * heading fragments as slugs.
 *
 * <p><b>Percent-encoding.</b> A path segment keeps ASCII letters and digits, {@code - . _ ~} and
 * {@code ! $ * + , ; = @}; every other ASCII character is encoded (space, {@code " # % & ' ( ) : < >
 * ? [ \ ] ^ ` { | }}, and the controls), so that the URL needs no {@code <…>}, no backslash escape
 * and no entity in a CommonMark destination, is not taken for a scheme ({@code :}), a query or a
 * fragment, and survives renderers that are loose about parentheses or quotes. Other characters stay
 * as they are (CommonMark, GitHub and pandoc read UTF-8 in destinations, and {@code 日本.md} stays
 * readable), except the ones a reader cannot see or that end a destination somewhere: Unicode spaces
 * and line separators, controls, format characters (such as U+202E or a zero-width joiner) and lone
 * surrogates, encoded as UTF-8 (a lone surrogate as U+FFFD).
 *
 * <p><b>Slugs.</b> A heading fragment becomes the anchor GitHub gives the heading (github-slugger,
 * which most static site generators follow): lower case; every character dropped except letters,
 * marks, digits and other numbers, connector punctuation ({@code _}), {@code -} and space; each space
 * then a {@code -}. So {@code My Heading: Part 2!} is {@code my-heading-part-2} and an emoji is
 * dropped. GitHub's {@code -1}, {@code -2} suffixes for repeated headings are not known from a link.
 * A block fragment {@code ^id} is kept as {@code #^id}, the anchor Obsidian Publish and Quartz give a
 * block; elsewhere it opens the file at its top.
 */
final class LinkUrls {
    private static final String KEPT = "-._~!$*+,;=@";

    private LinkUrls() {}

    /** The URL of output file {@code to} from output file {@code from} (paths from the export root). */
    static String relative(String from, String to) {
        String[] a = from.split("/", -1);
        String[] b = to.split("/", -1);
        int common = 0;
        while (common < a.length - 1 && common < b.length - 1 && a[common].equals(b[common])) {
            common++;
        }
        StringBuilder url = new StringBuilder("../".repeat(a.length - 1 - common));
        for (int i = common; i < b.length; i++) {
            url.append(i > common ? "/" : "").append(encode(b[i]));
        }
        return url.toString();
    }

    /** The {@code #…} part of a link to a file that is not a note ({@code #page=3} of a PDF): the fragment as written, encoded. */
    static String fileFragment(String fragment) {
        return fragment.isBlank() ? "" : "#" + encode(fragment.strip()).replace("%3D", "=").replace("%26", "&");
    }

    /** The {@code #…} part for a link's fragment ({@code Heading}, {@code Heading#Sub}, {@code ^block}), or "". */
    static String fragment(String fragment) {
        String last = fragment.substring(fragment.lastIndexOf('#') + 1).strip();
        if (last.isEmpty()) {
            return "";
        }
        return last.startsWith("^") ? "#^" + encode(last.substring(1)) : "#" + encode(slug(last));
    }

    /** The anchor GitHub makes for a heading (see the class comment). */
    static String slug(String heading) {
        StringBuilder slug = new StringBuilder(heading.length());
        heading.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (c == ' ') {
                slug.append('-');
            } else if (c == '-' || Character.isLetterOrDigit(c) || kept(Character.getType(c))) {
                slug.appendCodePoint(c);
            }
        });
        return slug.toString();
    }

    private static boolean kept(int type) {
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER || type == Character.CONNECTOR_PUNCTUATION;
    }

    /** One path segment, percent-encoded (see the class comment). */
    static String encode(String segment) {
        StringBuilder out = null;
        for (int i = 0; i < segment.length(); ) {
            int c = segment.codePointAt(i);
            int next = i + Character.charCount(c);
            if (needsEncoding(c)) {
                out = out != null ? out : new StringBuilder(segment.length() + 16).append(segment, 0, i);
                String text = Character.isSurrogate((char) c) ? "\uFFFD" : Character.toString(c);
                for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
            } else if (out != null) {
                out.appendCodePoint(c);
            }
            i = next;
        }
        return out == null ? segment : out.toString();
    }

    private static boolean needsEncoding(int c) {
        if (c < 128) {
            return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || KEPT.indexOf(c) >= 0);
        }
        int type = Character.getType(c);
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.CONTROL || type == Character.FORMAT
                || type == Character.SURROGATE;
    }
}
