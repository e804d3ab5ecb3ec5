package dev.smartnotes.notes;

import static dev.smartnotes.notes.SampleLinks.pick;

import dev.smartnotes.notes.SampleNames.Plan;
import dev.smartnotes.notes.SampleNames.Style;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The Markdown of a generated vault note: front matter, its planned headings, paragraphs ending in
 * its planned block ids, links and embeds in running text, lists, tasks and callouts, and links that
 * are not links because they sit in fenced, indented or inline code.
 */
final class SampleMarkdown {
    private static final String[] URLS = {
        "https://example.com/notes?id=12&lang=en#top", "https://en.wikipedia.org/wiki/Zettelkasten",
        "https://openjdk.org/jeps/444", "https://jsoncanvas.org/", "https://help.obsidian.md/links",
    };
    private static final String[] CALLOUTS = {"note", "tip", "warning", "quote", "todo"};
    private static final DateTimeFormatter DAY_TITLE = DateTimeFormatter.ofPattern("EEEE, d MMMM uuuu", Locale.ENGLISH);

    private final SampleNames names;
    private final SampleLinks links;
    private final int notes;

    SampleMarkdown(SampleNames names, SampleLinks links, int notes) {
        this.names = names;
        this.links = links;
        this.notes = notes;
    }

    String note(Plan plan) {
        SplittableRandom random = names.random(plan.index(), 4);
        StringBuilder md = new StringBuilder(2048);
        SampleProperties.append(md, plan, random);
        Deque<String> blocks = new ArrayDeque<>(plan.blocks());
        if (plan.style() == Style.JOURNAL) {
            journal(md, plan, random, blocks);
            return md.toString();
        }
        if (plan.style() == Style.NOTE && random.nextInt(5) > 0) {
            md.append("\n# ").append(plan.title()).append('\n');
        }
        md.append('\n').append(paragraph(plan, random, 1, blocks)).append('\n');
        if (plan.embeds() >= 0 && plan.embeds() < notes) {
            Plan embedded = names.plan(plan.embeds());
            md.append("\n![[").append(embedded.name()).append("]]\n");
            if (plan.embeds() == plan.index()) {
                md.append("\n![[").append(plan.name()).append('#').append(plan.headings().getFirst()).append("]]\n");
            }
        }
        if (plan.style() == Style.DENDRON && plan.name().contains(".")) {
            md.append("\nUp: [[").append(plan.name(), 0, plan.name().lastIndexOf('.')).append("]]\n");
        }
        for (String heading : plan.headings()) {
            md.append("\n## ").append(heading).append("\n\n").append(paragraph(plan, random, 1 + random.nextInt(2), blocks)).append('\n');
            block(md, plan, random);
        }
        return md.toString();
    }

    /** One more block after a section's first paragraph, so never right after a list. */
    private void block(StringBuilder md, Plan plan, SplittableRandom random) {
        switch (random.nextInt(9)) {
            case 0 -> {
                md.append('\n');
                for (int i = 2 + random.nextInt(2); i > 0; i--) {
                    md.append("- ").append(sentence(plan, random, random.nextBoolean())).append('\n');
                }
                md.append("  - ").append(words(random, 4)).append('\n');
            }
            case 1 -> md.append("\n- [ ] ").append(sentence(plan, random, true)).append("\n- [x] ").append(words(random, 5)).append('\n');
            case 2, 3 -> md.append('\n').append(links.embed(plan, random)).append('\n');
            case 4 -> {
                Plan to = other(random);
                String fence = random.nextBoolean() ? "```" : "~~~";
                md.append('\n').append(fence).append("markdown\nWrite [[").append(to.name()).append("]] or ![[").append(to.name())
                        .append('#').append(to.headings().getFirst()).append("]] to link,\nor [a link](")
                        .append(SampleLinks.encode(to.path(), false)).append(").\n").append(fence).append('\n');
            }
            case 5 -> {
                Plan to = other(random);
                md.append("\n    [[").append(to.name()).append("]] in indented code is not a link\n    ![diagram](")
                        .append(SampleLinks.encode(to.path(), false)).append(")\n");
            }
            case 6 -> md.append("\n> [!").append(pick(random, CALLOUTS)).append("] ").append(capitalize(words(random, 3))).append("\n> ")
                    .append(sentence(plan, random, true)).append('\n');
            case 7 -> md.append("\nType `[[").append(other(random).name()).append("]]` for a link; see ").append(pick(random, URLS))
                    .append(" and [the help](").append(pick(random, URLS)).append(") or <").append(pick(random, URLS)).append(">.\n");
            default -> { }
        }
    }

    /** A daily note: its date, links to the days before and after, a log and tasks. */
    private void journal(StringBuilder md, Plan plan, SplittableRandom random, Deque<String> blocks) {
        LocalDate day = LocalDate.parse(plan.name());
        md.append("\n# ").append(day.format(DAY_TITLE)).append("\n\n");
        int before = SampleNames.dayIndex(day.minusDays(1));
        int after = SampleNames.dayIndex(day.plusDays(1));
        md.append(before >= 0 ? "← [[" + day.minusDays(1) + "]]" : "").append(before >= 0 && after < notes ? " · " : "")
                .append(after < notes ? "[[" + day.plusDays(1) + "]] →" : "").append('\n');
        md.append("\n## ").append(plan.headings().getFirst()).append("\n\n");
        for (int i = 2 + random.nextInt(3); i > 0; i--) {
            md.append(String.format(Locale.ROOT, "- %02d:%02d ", 7 + random.nextInt(12), random.nextInt(60)))
                    .append(sentence(plan, random, random.nextBoolean())).append('\n');
        }
        md.append('\n').append(paragraph(plan, random, 1, blocks)).append('\n');
        md.append("\n## ").append(plan.headings().getLast()).append("\n\n- [ ] ").append(sentence(plan, random, true))
                .append("\n- [x] ").append(words(random, 4)).append('\n');
        if (!blocks.isEmpty()) {
            md.append('\n').append(paragraph(plan, random, 0, blocks)).append('\n');
        }
    }

    /** Two to four sentences with {@code links} links among them, ending in the next block id if any is left. */
    private String paragraph(Plan plan, SplittableRandom random, int links, Deque<String> blocks) {
        int sentences = 2 + random.nextInt(3);
        StringBuilder p = new StringBuilder(400);
        for (int i = 0; i < sentences; i++) {
            p.append(i == 0 ? "" : " ").append(sentence(plan, random, sentences - i <= links));
        }
        if (random.nextInt(6) == 0) {
            p.append(" #").append(random.nextBoolean() ? "project/alpha" : "idea");
        }
        if (!blocks.isEmpty()) {
            p.append(" ^").append(blocks.poll());
        }
        return p.toString();
    }

    private String sentence(Plan plan, SplittableRandom random, boolean link) {
        String words = capitalize(words(random, 4 + random.nextInt(8)));
        return link ? words + " " + links.link(plan, random) + " " + words(random, 1 + random.nextInt(3)) + "." : words + ".";
    }

    /** Any note: what code blocks name, so that an exporter that rewrote them would show. */
    private Plan other(SplittableRandom random) {
        return names.plan(random.nextInt(notes));
    }

    private static String words(SplittableRandom random, int n) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < n; i++) {
            w.append(i == 0 ? "" : " ").append(pick(random, SampleGenerator.WORDS));
        }
        return w.toString();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
