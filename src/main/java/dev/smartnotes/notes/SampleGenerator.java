package dev.smartnotes.notes;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Makes realistic notes, the same for the same seed, in two shapes:
 * <ul>
 * <li>{@link #generate(int, Consumer)}: plain notes (front matter in its common shapes, headings, lists,
 * code blocks, quotes, titles with commas, quotes and non-ASCII text, in several folders), as the
 * built-in demo collection and the benchmarks have them;
 * <li>{@link #vault(int, Consumer)}: a whole vault, its notes linked to each other in every form Obsidian
 * knows, with attachments, typed properties and names in many scripts.
 * </ul>
 */
public final class SampleGenerator {
    /** The seed of the built-in demo collection. */
    public static final long DEMO_SEED = 42;
    public static final int DEMO_COUNT = 100;

    private static final String[] FOLDERS = {
        "projects", "projects/website", "journal/2025", "journal/2026", "reading", "ideas", "meetings",
        "recipes", "travel/été", "research/日本語",
    };
    private static final String[] SUBJECTS = {
        "Quarterly plan", "Café ideas", "Reading list", "Garden, spring", "Migration to Java 21", "Zürich trip",
        "Notes on \"Deep Work\"", "Résumé review", "Weekly review", "Book: Thinking, Fast and Slow", "東京 itinerary",
        "Bug triage", "Budget 2026", "Sourdough starter", "Naïve Bayes refresher", "Team offsite", "Kafka vs. Pulsar",
        "Piano practice", "Smørrebrød recipe", "Interview questions", "Release checklist", "Moving house",
        "Ideas for the blog", "Москва conference", "Crème brûlée", "Podcast: \"The Changelog\"",
    };
    private static final String[] QUALIFIERS = {
        "draft", "v2", "follow-up", "part 1", "part 2", "2026", "notes", "summary", "open questions", "final",
    };
    private static final String[] TAGS = {
        "work", "personal", "idea", "reading", "java", "cooking", "travel", "todo", "review", "health",
        "finance", "music", "writing", "café", "日本", "project/alpha", "meeting",
    };
    static final String[] WORDS = (
            "the a note plan idea draft review with for and of to in on about because while after before "
            + "virtual thread file disk latency export markdown front matter tag list meeting decision budget "
            + "garden coffee book chapter author quote code test release user feedback naïve café über "
            + "schön 東京 日本語 привет émoji ✓ → résumé déjà vu señor").split(" ");
    private static final String[] CODE = {
        "```java\ntry (var executor = Executors.newVirtualThreadPerTaskExecutor()) {\n    executor.submit(() -> export(note));\n}\n```\n",
        "```bash\n./mvnw package\ntarget/smartnotes/bin/smartnotes export --format all\n```\n",
        "```python\nfor note in notes:\n    print(note[\"title\"], \"—\", len(note[\"body\"]))\n```\n",
        "```yaml\ntitle: \"not front matter\"\ntags: [a, b]\n---\n```\n",
    };

    private final long seed;
    private final SplittableRandom random;

    public SampleGenerator(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    /** The built-in demo collection: {@value #DEMO_COUNT} notes made with {@value #DEMO_SEED}. */
    public static List<NoteSource> demo() {
        return new ArrayList<>(new SampleGenerator(DEMO_SEED).generate(DEMO_COUNT).stream()
                .map(s -> (NoteSource) new NoteSource.Text(s.path(), s.markdown())).toList());
    }

    /** A generated note: its relative path and its Markdown text. */
    public record Sample(String path, String markdown) implements SampleFile {
        @Override
        public byte[] bytes() {
            return markdown.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Plain notes; each call goes on from where the previous one of this generator ended. */
    public List<Sample> generate(int count) {
        List<Sample> samples = new ArrayList<>(count);
        generate(count, samples::add);
        return samples;
    }

    /** Hands the notes over one at a time, so that a large collection never sits in memory whole. */
    public void generate(int count, Consumer<? super Sample> sink) {
        Set<String> used = new HashSet<>();
        for (int i = 1; i <= count; i++) {
            String folder = pick(FOLDERS);
            String title = folder.startsWith("journal") ? journalTitle(folder) : pick(SUBJECTS) + ", " + pick(QUALIFIERS);
            String name = fileName(title);
            String path = folder + "/" + name + ".md";
            for (int n = 2; !used.add(path.toLowerCase(Locale.ROOT)); n++) {
                path = folder + "/" + name + " " + n + ".md";
            }
            sink.accept(new Sample(path, markdown(i, title)));
        }
    }

    /** A vault of {@code count} notes, as {@link #vault(int, Consumer)} hands it over, in a list. */
    public List<SampleFile> vault(int count) {
        List<SampleFile> files = new ArrayList<>();
        vault(count, files::add);
        return files;
    }

    /**
     * Hands over a vault of {@code count} notes one file at a time: its hidden settings first, then the
     * notes, each attachment (about one for every nine notes) after the notes that come before it.
     * Every call gives the same files for the same seed. Nothing is kept from one note to the next:
     * the names of the notes and attachments are functions of the seed and their number.
     */
    public void vault(int count, Consumer<? super SampleFile> sink) {
        SampleNames names = new SampleNames(seed);
        SampleAttachments files = new SampleAttachments(names, count);
        SampleMarkdown markdown = new SampleMarkdown(names, new SampleLinks(names, files, count), count);
        if (count > 0) {
            sink.accept(SampleAttachments.settings());
        }
        for (int i = 0, file = 0; i < count; i++) {
            SampleNames.Plan plan = names.plan(i);
            sink.accept(new Sample(plan.path(), markdown.note(plan)));
            for (; file < files.count() && files.after(file) <= i; file++) {
                sink.accept(files.file(file));
            }
        }
    }

    private String journalTitle(String folder) {
        String year = folder.substring(folder.indexOf('/') + 1);
        return String.format(Locale.ROOT, "%s-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    private static String fileName(String title) {
        String name = title.replaceAll("[\\\\/:*?\"<>|]", "").replaceAll("\\s+", " ").strip();
        return name.isEmpty() ? "note" : name;
    }

    private String markdown(int index, String title) {
        StringBuilder md = new StringBuilder(2048);
        int style = random.nextInt(10);
        String created = date();
        if (style < 8) {
            md.append("---\n");
            md.append("id: ").append(String.format(Locale.ROOT, "n%05d", index)).append('\n');
            if (style != 0) {
                md.append("title: ").append(YamlText.quote(title)).append('\n');
            }
            List<String> tags = tags();
            if (style % 3 == 0) {
                md.append("tags: ").append(String.join(", ", tags)).append('\n');
            } else {
                md.append("tags:\n");
                tags.forEach(t -> md.append("  - ").append(YamlText.quote(t)).append('\n'));
            }
            md.append("created: ").append(created).append('\n');
            if (random.nextBoolean()) {
                md.append("updated: ").append(created).append("T").append(String.format(Locale.ROOT, "%02d:%02d:00", random.nextInt(24), random.nextInt(60))).append('\n');
            }
            if (random.nextInt(3) == 0) {
                md.append("status: ").append(pick(new String[] {"draft", "active", "done", "NO", "off"})).append('\n');
            }
            if (random.nextInt(4) == 0) {
                md.append("priority: ").append(random.nextInt(5)).append('\n');
            }
            if (random.nextInt(5) == 0) {
                md.append("aliases: [").append(YamlText.quote(title.toLowerCase(Locale.ROOT))).append("]\n");
            }
            md.append("---\n");
        }
        if (style != 9) {
            md.append("\n# ").append(title).append("\n\n");
        }
        int sections = 2 + random.nextInt(3);
        for (int s = 0; s < sections; s++) {
            md.append(paragraph()).append("\n\n");
            switch (random.nextInt(5)) {
                case 0 -> {
                    md.append("## ").append(capitalize(words(3))).append("\n\n");
                    for (int i = 0; i < 3 + random.nextInt(3); i++) {
                        md.append("- ").append(words(4 + random.nextInt(6))).append('\n');
                    }
                    md.append('\n');
                }
                case 1 -> {
                    for (int i = 1; i <= 3; i++) {
                        md.append(i).append(". ").append(capitalize(words(5))).append('\n');
                    }
                    md.append('\n');
                }
                case 2 -> md.append(pick(CODE)).append('\n');
                case 3 -> md.append("> ").append(capitalize(words(10))).append(" — \"quoted\", with commas.\n\n");
                default -> md.append("- [ ] ").append(words(4)).append("\n- [x] ").append(words(3)).append("\n\n");
            }
        }
        return md.toString();
    }

    private List<String> tags() {
        List<String> tags = new ArrayList<>();
        int n = 1 + random.nextInt(4);
        while (tags.size() < n) {
            String tag = pick(TAGS);
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return tags;
    }

    private String date() {
        return String.format(Locale.ROOT, "%d-%02d-%02d", 2023 + random.nextInt(4), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    private String paragraph() {
        int sentences = 2 + random.nextInt(4);
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            p.append(i == 0 ? "" : " ").append(capitalize(words(6 + random.nextInt(10)))).append('.');
        }
        return p.toString();
    }

    private String words(int n) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < n; i++) {
            w.append(i == 0 ? "" : " ").append(pick(WORDS));
        }
        return w.toString();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private String pick(String[] items) {
        return items[random.nextInt(items.length)];
    }
}
