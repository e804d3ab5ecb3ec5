package dev.smartnotes.notes;

import static dev.smartnotes.notes.SampleLinks.pick;

import dev.smartnotes.notes.SampleNames.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * The front matter of a generated vault note, with properties of every type Obsidian knows:
 * text, numbers, booleans, dates and date-times (with and without offset, or Dendron's epoch
 * milliseconds), lists in block and flow style, nested maps, empty and null values, and values that
 * look like something else but must stay text ({@code NO}, {@code off}, {@code 01234}, {@code 1.10}).
 */
final class SampleProperties {
    private static final String[] TAGS = {
        "work", "personal", "idea", "reading", "java", "cooking", "travel", "todo", "review", "project/alpha",
        "project/beta", "café", "日本", "meeting",
    };
    private static final String[] LOOKALIKES = {"NO", "off", "yes", "On", "n", "null-ish", "~tilde"};
    private static final String[] OWNERS = {"Ana", "Bo", "Chloé", "Dmitri", "Eun-ji", "Farah"};
    private static final String[] OFFSETS = {"", "Z", "+02:00", "-05:00", "+05:30"};

    /** Texts that YAML reads as text without quotes (if they are not a word YAML 1.1 reads as a boolean or null). */
    private static final Pattern PLAIN = Pattern.compile("\\p{L}[\\p{L}\\p{N} ,.'()&/-]*");

    private SampleProperties() {}

    /** Appends the front matter of {@code plan}, or nothing for the notes that have none. */
    static void append(StringBuilder md, Plan plan, SplittableRandom random) {
        List<String> lines = switch (plan.style()) {
            case NOTE -> random.nextInt(10) == 0 ? List.of() : note(plan, random);
            case JOURNAL -> random.nextInt(3) == 0 ? List.of() : journal(plan, random);
            case DENDRON -> dendron(plan, random);
        };
        if (!lines.isEmpty()) {
            md.append("---\n");
            lines.forEach(line -> md.append(line).append('\n'));
            md.append("---\n");
        }
    }

    private static List<String> note(Plan plan, SplittableRandom random) {
        List<String> lines = new ArrayList<>();
        if (random.nextInt(5) > 0) {
            lines.add("title: " + text(plan.title(), false));
        }
        if (random.nextInt(4) == 0) {
            list(lines, "aliases", List.of(plan.title().toLowerCase(Locale.ROOT), initials(plan.title())), random);
        }
        if (random.nextInt(10) > 0) {
            list(lines, "tags", tags(random), random);
        }
        lines.add("created: " + (random.nextInt(8) == 0 ? epochMillis(random) : dateTime(random)));
        if (random.nextBoolean()) {
            lines.add("updated: " + dateTime(random));
        }
        if (random.nextInt(3) == 0) {
            lines.add("publish: " + random.nextBoolean());
        }
        if (random.nextInt(4) == 0) {
            lines.add("rating: " + (1 + random.nextInt(5)));
        }
        if (random.nextInt(6) == 0) {
            lines.add("score: " + random.nextInt(10) + "." + (random.nextBoolean() ? "5" : "25"));
        }
        if (random.nextInt(4) == 0) {
            lines.add("status: " + pick(random, LOOKALIKES));
        }
        if (random.nextInt(8) == 0) {
            lines.add("version: 1.10");
            lines.add("zip: 0" + (1000 + random.nextInt(9000)));
        }
        if (random.nextInt(6) == 0) {
            lines.add("due: " + date(random));
        }
        if (random.nextInt(6) == 0) {
            lines.add("project:");
            lines.add("  status: " + (random.nextBoolean() ? "active" : "paused"));
            lines.add("  owner: " + pick(random, OWNERS));
            lines.add("  budget: " + 100 * (1 + random.nextInt(50)));
            lines.add("  dates: {start: " + date(random) + ", end: " + date(random) + "}");
            lines.add("  team:");
            lines.add("    - " + pick(random, OWNERS));
            lines.add("    - " + pick(random, OWNERS));
        }
        switch (random.nextInt(12)) {
            case 0 -> lines.add("reviewer:");
            case 1 -> lines.add("parent: null");
            case 2 -> lines.add("next: ~");
            case 3 -> lines.add("draft: \"true\"");
            case 4 -> lines.add("summary: \"\"");
            case 5 -> lines.add("cssclasses: [wide, cards]");
            default -> { }
        }
        return lines;
    }

    private static List<String> journal(Plan plan, SplittableRandom random) {
        List<String> lines = new ArrayList<>();
        lines.add("date: " + plan.name());
        if (random.nextBoolean()) {
            lines.add("mood: " + (1 + random.nextInt(5)));
        }
        lines.add("tags: [journal" + (random.nextBoolean() ? ", daily" : "") + "]");
        if (random.nextInt(3) == 0) {
            lines.add("weather: " + (random.nextBoolean() ? "sunny" : "\"rain, then sun\""));
        }
        return lines;
    }

    /** Dendron's front matter: a random id, title and description, creation and update times in epoch milliseconds. */
    private static List<String> dendron(Plan plan, SplittableRandom random) {
        long created = 1_600_000_000_000L + random.nextLong(100_000_000_000L);
        StringBuilder id = new StringBuilder();
        while (id.length() < 23) {
            id.append(Character.forDigit(random.nextInt(36), 36));
        }
        return List.of("id: " + id, "title: " + plan.title(), "desc: " + (random.nextBoolean() ? "''" : "Notes on " + plan.name()),
                "updated: " + (created + random.nextLong(60_000_000_000L)), "created: " + created);
    }

    /** A list in block style (as Obsidian writes it) or flow style. */
    private static void list(List<String> lines, String key, List<String> items, SplittableRandom random) {
        if (random.nextBoolean()) {
            lines.add(key + ":");
            items.forEach(item -> lines.add("  - " + text(item, false)));
        } else {
            lines.add(key + ": [" + String.join(", ", items.stream().map(item -> text(item, true)).toList()) + "]");
        }
    }

    private static List<String> tags(SplittableRandom random) {
        List<String> tags = new ArrayList<>();
        for (int n = 1 + random.nextInt(3); tags.size() < n; ) {
            String tag = pick(random, TAGS);
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return tags;
    }

    /** A text as a YAML scalar: plain when it reads as text in YAML (in a flow list, without a comma), else double-quoted. */
    private static String text(String s, boolean flow) {
        boolean plain = PLAIN.matcher(s).matches() && !(flow && s.contains(","))
                && !List.of("yes", "no", "on", "off", "true", "false", "null", "y", "n").contains(s.toLowerCase(Locale.ROOT));
        return plain ? s : YamlText.quote(s);
    }

    private static String initials(String title) {
        StringBuilder initials = new StringBuilder();
        for (String word : title.split("[\\s,]+")) {
            if (!word.isEmpty()) {
                initials.appendCodePoint(word.codePointAt(0));
            }
        }
        return initials.toString().toUpperCase(Locale.ROOT);
    }

    private static String date(SplittableRandom random) {
        return String.format(Locale.ROOT, "%d-%02d-%02d", 2023 + random.nextInt(4), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    /** A date, or a date-time with or without an offset. */
    private static String dateTime(SplittableRandom random) {
        return random.nextInt(3) == 0 ? date(random) : date(random)
                + String.format(Locale.ROOT, "T%02d:%02d:00", random.nextInt(24), random.nextInt(60)) + pick(random, OFFSETS);
    }

    private static long epochMillis(SplittableRandom random) {
        return 1_640_000_000_000L + random.nextLong(100_000_000_000L);
    }
}
