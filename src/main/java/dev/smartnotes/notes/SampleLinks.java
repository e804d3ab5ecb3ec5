package dev.smartnotes.notes;

import dev.smartnotes.notes.SampleNames.Plan;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * The links of a generated note, in the forms real vaults have: wikilinks and embeds (to a note, a
 * heading, a block, a file), Markdown links (vault-relative, relative, percent-encoded, in angle
 * brackets) and Markdown images. Targets are drawn from the whole vault, so that most links resolve;
 * {@link #UNRESOLVED} of them name a note or file that no vault has.
 */
final class SampleLinks {
    /** The share of links whose target does not exist. */
    static final double UNRESOLVED = 0.04;

    /** The forms of a link in running text, with their weights. */
    enum Form {
        WIKI(30), WIKI_ALIAS(12), WIKI_HEADING(8), WIKI_BLOCK(5), WIKI_PATH(6), WIKI_OTHER_CASE(3), WIKI_EXTENSION(3),
        WIKI_OWN_HEADING(2), WIKI_FILE(3), MD_PATH(3), MD_ENCODED(6), MD_ANGLE(3), MD_RELATIVE(4);

        final int weight;

        Form(int weight) {
            this.weight = weight;
        }
    }

    /** The forms of an embed, on a line of its own, with their weights. */
    enum Embed {
        NOTE(3), HEADING(2), FILE(6), IMAGE_WIDTH(3), MD_IMAGE(4);

        final int weight;

        Embed(int weight) {
            this.weight = weight;
        }
    }

    private static final String[] ALIASES = {"see here", "this one", "the plan", "background", "ここ", "voir aussi", "подробнее"};
    private static final int TRIES = 8;
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private final SampleNames names;
    private final SampleAttachments files;
    private final int notes;

    SampleLinks(SampleNames names, SampleAttachments files, int notes) {
        this.names = names;
        this.files = files;
        this.notes = notes;
    }

    /** A link for running text. */
    String link(Plan from, SplittableRandom random) {
        Form form = pick(random, Form.values(), f -> f.weight);
        if (random.nextDouble() < UNRESOLVED) {
            String missing = SampleNames.missing(random);
            return form.name().startsWith("MD") ? "[" + missing.toLowerCase(Locale.ROOT) + "](ideas/" + encode(missing, false) + ".md)"
                    : "[[" + missing + (form == Form.WIKI_ALIAS ? "|" + pick(random, ALIASES) : "") + "]]";
        }
        if (form == Form.WIKI_OWN_HEADING) {
            return "[[#" + pick(random, from.headings()) + "]]";
        }
        if (form == Form.WIKI_FILE) {
            SampleAttachments.Plan file = file(random, f -> true);
            if (file != null) {
                return "[[" + file.name() + "]]";
            }
        }
        // A heading or block of an ambiguous name is in one of its notes only: such links name a note no other shares.
        Plan to = note(from, random, switch (form) {
            case WIKI_HEADING -> p -> p.wikilinkable() && !names.ambiguous(p.index());
            case WIKI_BLOCK -> p -> p.wikilinkable() && !p.blocks().isEmpty() && !names.ambiguous(p.index());
            case WIKI_PATH -> p -> p.wikilinkable() && !p.folder().isEmpty();
            case WIKI_OTHER_CASE -> p -> p.wikilinkable() && !p.name().equals(p.name().toLowerCase(Locale.ROOT));
            case MD_PATH -> p -> encode(p.path(), false).equals(p.path());
            case MD_ENCODED, MD_ANGLE, MD_RELATIVE -> p -> true;
            default -> Plan::wikilinkable;
        });
        if (to == null) {
            to = note(from, random, p -> true);
            if (to == null) {
                return "[[" + SampleNames.missing(random) + "]]"; // a vault of one note
            }
            form = to.wikilinkable() ? Form.WIKI : Form.MD_ENCODED;
        }
        return switch (form) {
            case WIKI_ALIAS -> "[[" + to.name() + "|" + alias(to, random) + "]]";
            case WIKI_HEADING -> "[[" + to.name() + "#" + pick(random, to.headings()) + "]]";
            case WIKI_BLOCK -> "[[" + to.name() + "#^" + pick(random, to.blocks()) + "]]";
            case WIKI_PATH -> "[[" + to.folder() + "/" + to.name() + "]]";
            case WIKI_OTHER_CASE -> "[[" + to.name().toLowerCase(Locale.ROOT) + "]]";
            case WIKI_EXTENSION -> "[[" + to.name() + ".md]]";
            case MD_PATH -> "[" + to.title() + "](" + to.path() + ")";
            case MD_ENCODED -> "[" + to.title() + "](" + encode(to.path(), random.nextInt(4) == 0) + ")";
            case MD_ANGLE -> "[" + to.title() + "](<" + to.path() + ">)";
            case MD_RELATIVE -> "[" + alias(to, random) + "](" + encode(relative(from.folder(), to.path()), false)
                    + (random.nextBoolean() ? "#" + encode(pick(random, to.headings()), false) : "") + ")";
            default -> "[[" + to.name() + "]]";
        };
    }

    /** An embed, for a line of its own: a note, a heading of a note, a file, an image. */
    String embed(Plan from, SplittableRandom random) {
        Embed form = pick(random, Embed.values(), e -> e.weight);
        if (random.nextDouble() < UNRESOLVED) {
            int n = random.nextInt(1000);
            return switch (form) {
                case NOTE, HEADING -> "![[" + SampleNames.missing(random) + "]]";
                case MD_IMAGE -> "![missing](img/lost-" + n + ".jpg)";
                default -> "![[lost scan " + n + ".png]]";
            };
        }
        SampleAttachments.Plan file = switch (form) {
            case FILE -> file(random, f -> true);
            case IMAGE_WIDTH, MD_IMAGE -> file(random, f -> f.kind().image());
            default -> null;
        };
        if (file != null) {
            return switch (form) {
                case IMAGE_WIDTH -> "![[" + file.name() + "|" + (200 + 50 * random.nextInt(9))
                        + (random.nextInt(4) == 0 ? "x" + (100 + 50 * random.nextInt(6)) : "") + "]]";
                case MD_IMAGE -> "![" + file.stem() + "](" + encode(relative(from.folder(), file.path()), false) + ")";
                default -> "![[" + (random.nextInt(4) == 0 ? file.path() : file.name()) + "]]";
            };
        }
        Plan to = note(from, random, p -> p.wikilinkable() && (form != Embed.HEADING || !names.ambiguous(p.index())));
        if (to == null) {
            return "![[" + SampleNames.missing(random) + "]]";
        }
        return form == Embed.HEADING ? "![[" + to.name() + "#" + pick(random, to.headings()) + "]]" : "![[" + to.name() + "]]";
    }

    /** A note other than {@code from} that fits, or null. */
    private Plan note(Plan from, SplittableRandom random, Predicate<Plan> fits) {
        for (int i = 0; i < TRIES && notes > 1; i++) {
            int index = random.nextInt(notes);
            Plan to = index == from.index() ? null : names.plan(index);
            if (to != null && fits.test(to)) {
                return to;
            }
        }
        return null;
    }

    /** An attachment that notes link to and that fits, or null. */
    private SampleAttachments.Plan file(SplittableRandom random, Predicate<SampleAttachments.Plan> fits) {
        for (int i = 0; i < TRIES && files.count() > 0; i++) {
            SampleAttachments.Plan file = files.plan(random.nextInt(files.count()));
            if (file.linked() && fits.test(file)) {
                return file;
            }
        }
        return null;
    }

    private static String alias(Plan to, SplittableRandom random) {
        return random.nextBoolean() ? to.title().toLowerCase(Locale.ROOT).replace("\"", "") : pick(random, ALIASES);
    }

    /** The path from a folder to a file, both relative to the vault: {@code ../other/Note.md}. */
    static String relative(String fromFolder, String path) {
        List<String> from = fromFolder.isEmpty() ? List.of() : List.of(fromFolder.split("/"));
        List<String> to = List.of(path.split("/"));
        int common = 0;
        while (common < from.size() && common < to.size() - 1 && from.get(common).equals(to.get(common))) {
            common++;
        }
        return "../".repeat(from.size() - common) + String.join("/", to.subList(common, to.size()));
    }

    /**
     * A path for a Markdown link: as Obsidian writes it (only spaces, {@code %} and {@code #} encoded), or with
     * every byte outside the URL's unreserved characters percent-encoded, as a browser would.
     */
    static String encode(String path, boolean allBytes) {
        StringBuilder out = new StringBuilder(path.length() + 16);
        path.codePoints().forEach(c -> {
            boolean keep = allBytes ? c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0) : " %#".indexOf(c) < 0;
            if (keep) {
                out.appendCodePoint(c);
            } else {
                for (byte b : Character.toString(c).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX.toHexDigits(b));
                }
            }
        });
        return out.toString();
    }

    static <T> T pick(SplittableRandom random, T[] items, ToIntFunction<T> weight) {
        int total = 0;
        for (T item : items) {
            total += weight.applyAsInt(item);
        }
        int n = random.nextInt(total);
        for (T item : items) {
            n -= weight.applyAsInt(item);
            if (n < 0) {
                return item;
            }
        }
        throw new AssertionError();
    }

    static String pick(SplittableRandom random, String[] items) {
        return items[random.nextInt(items.length)];
    }

    static String pick(SplittableRandom random, List<String> items) {
        return items.get(random.nextInt(items.size()));
    }
}
