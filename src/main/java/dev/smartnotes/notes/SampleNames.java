package dev.smartnotes.notes;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * The notes of a generated vault as the other notes know them before they are written: path, title,
 * headings and block ids. Each is a pure function of the seed and the note's index, so that a note
 * can link to any other, earlier or later, and a vault of a million notes needs no list of names.
 *
 * <p>Names are unique by construction, also ignoring case: the first notes are fixed ({@link #FIXTURES}),
 * the others follow {@link #ROLES}, and each role numbers its own names. A twin takes the name of the
 * note before it, in another folder, so that some names are ambiguous.
 */
final class SampleNames {
    /** How a note is written: an ordinary note, a daily note, or a Dendron note with a dotted name. */
    enum Style { NOTE, JOURNAL, DENDRON }

    /**
     * A planned note. {@code embeds} is the index of a note it embeds whatever happens (itself, or its
     * partner in an embed cycle), or -1.
     */
    record Plan(int index, Style style, String folder, String name, String title, List<String> headings,
            List<String> blocks, int embeds) {
        String path() {
            return (folder.isEmpty() ? "" : folder + "/") + name + ".md";
        }

        /** Whether a wikilink can name it: a {@code #} would start a heading. */
        boolean wikilinkable() {
            return name.indexOf('#') < 0;
        }
    }

    static final String[] FOLDERS = {
        "", "projects", "projects/website", "reading", "ideas", "meetings", "recipes", "travel/été", "research/日本語",
        "Area 51 (archive)", "people & places",
    };

    private record Fixture(String folder, String name, int embeds) {}

    /** The first notes of every vault: a self-embed, an embed cycle, a name in two folders, names in other scripts. */
    private static final List<Fixture> FIXTURES = List.of(
            new Fixture("", "Home", -1), new Fixture("ideas", "Recursion", 1),
            new Fixture("ideas", "Ping", 3), new Fixture("projects", "Pong", 2),
            new Fixture("meetings", "Meeting notes", -1), new Fixture("projects/website", "Meeting notes", -1),
            new Fixture("reading", "C# & F# notes", -1), new Fixture("travel/été", "Привет, мир", -1),
            new Fixture("research/日本語", "日本語のメモ", -1), new Fixture("reading", "Σημειώσεις (Ελληνικά)", -1),
            new Fixture("ideas", "ملاحظات عربية", -1), new Fixture("projects", "🚀 Launch plan", -1),
            new Fixture("recipes", "Salt & pepper (v2)", -1), new Fixture("recipes", "Crème brûlée, à la française", -1));

    /** How the notes after the fixtures are named: an ordinary note, a twin of the note before it, a daily note, a Dendron note. */
    private enum Role { NOTE, TWIN, DAY, DENDRON }

    /** The roles of the notes after the fixtures, over and over. A twin always follows an ordinary note. */
    private static final List<Role> ROLES = List.of(Role.NOTE, Role.NOTE, Role.DAY, Role.NOTE, Role.DENDRON, Role.NOTE, Role.TWIN,
            Role.NOTE, Role.DAY, Role.NOTE, Role.NOTE, Role.DENDRON, Role.NOTE, Role.NOTE, Role.DAY, Role.NOTE, Role.NOTE, Role.NOTE,
            Role.NOTE, Role.NOTE);
    private static final String[] MISSING = {"idea", "plan", "chapter", "recipe", "draft", "person"};

    private static final String[] SUBJECTS = {
        "Quarterly plan", "Café ideas", "Reading list", "Garden, spring", "Migration to Java 21", "Zürich trip",
        "Notes on \"Deep Work\"", "Résumé review", "Weekly review", "Book: Thinking, Fast and Slow", "東京 itinerary",
        "Bug triage", "Budget 2026", "Sourdough starter", "Naïve Bayes refresher", "Team offsite", "Kafka vs. Pulsar",
        "Piano practice", "Smørrebrød recipe", "Interview questions", "Release checklist", "Moving house",
        "Москва conference", "Crème fraîche (homemade)", "Podcast: \"The Changelog\"", "Ελληνική μουσική", "خطة السفر",
        "🎸 Guitar riffs", "R&D backlog",
    };
    /** 29 subjects and 10 qualifiers share no factor: each pair comes once in every 290 titles. */
    private static final String[] QUALIFIERS = {
        "draft", "v2", "follow-up", "part one", "part two", "2026", "notes", "summary", "open questions", "final",
    };
    private static final String[] HEADINGS = {
        "Summary", "Open questions", "Next steps", "Decisions & trade-offs", "Links, refs (and more)", "What's left?",
        "Résumé", "Ideen für später", "Итоги", "まとめ", "Σύνοψη", "ملخص", "Step 1. Prepare", "C++ vs. Java",
        "Café ☕ notes", "Don't forget!", "Reading (2nd pass)", "Q&A",
    };
    private static final String[] DAY_HEADINGS = {"Morning", "Log", "Tasks", "Evening"};
    /** Dendron's hierarchy levels: 3, 4 and 7 names, no two counts with a common factor. */
    private static final String[][] DENDRON = {
        {"proj", "area", "ref"}, {"alpha", "beta", "gamma", "delta"}, {"tasks", "notes", "ideas", "log", "plan", "retro", "links"},
    };
    private static final Pattern REFUSED = Pattern.compile("[\\\\/:*?\"<>|]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

    private final long seed;

    SampleNames(long seed) {
        this.seed = seed;
    }

    /** A random sequence of its own for each (index, purpose): the same whatever else was generated before. */
    SplittableRandom random(long index, long purpose) {
        return new SplittableRandom(mix(mix(seed) ^ (index * 0x9E3779B97F4A7C15L + purpose)));
    }

    /** MurmurHash3's finaliser: neighbouring inputs give unrelated outputs. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }

    Plan plan(int index) {
        SplittableRandom random = random(index, 1);
        if (index < FIXTURES.size()) {
            Fixture f = FIXTURES.get(index);
            return new Plan(index, Style.NOTE, f.folder(), f.name(), f.name(), headings(random, HEADINGS, 2), blocks(random), f.embeds());
        }
        int k = index - FIXTURES.size();
        Role role = ROLES.get(k % ROLES.size());
        int rank = rank(k, role);
        return switch (role) {
            case DAY -> {
                String day = FIRST_DAY.plusDays(rank).toString();
                yield new Plan(index, Style.JOURNAL, "journal/" + day.substring(0, 4), day, day,
                        List.of(DAY_HEADINGS[random.nextInt(2)], DAY_HEADINGS[2 + random.nextInt(2)]), blocks(random), -1);
            }
            case DENDRON -> {
                String name = dendron(rank);
                String last = name.substring(name.lastIndexOf('.') + 1);
                yield new Plan(index, Style.DENDRON, "dendron", name, last.substring(0, 1).toUpperCase(Locale.ROOT) + last.substring(1),
                        headings(random, HEADINGS, 1), blocks(random), -1);
            }
            case TWIN -> {
                Plan twin = plan(index - 1);
                int folder = (folder(twin.folder()) + 1 + random.nextInt(FOLDERS.length - 1)) % FOLDERS.length;
                yield new Plan(index, Style.NOTE, FOLDERS[folder], twin.name(), twin.title(), headings(random, HEADINGS, 2), blocks(random), -1);
            }
            case NOTE -> {
                String title = subject(rank);
                yield new Plan(index, Style.NOTE, FOLDERS[random.nextInt(FOLDERS.length)], fileName(title), title,
                        headings(random, HEADINGS, 2), blocks(random), -1);
            }
        };
    }

    /** Whether another note has the same name: a twin, the note it copies the name of, or a fixture. */
    boolean ambiguous(int index) {
        if (index < FIXTURES.size()) {
            return FIXTURES.stream().filter(f -> f.name().equals(FIXTURES.get(index).name())).count() > 1;
        }
        int k = index - FIXTURES.size();
        return ROLES.get(k % ROLES.size()) == Role.TWIN || ROLES.get((k + 1) % ROLES.size()) == Role.TWIN;
    }

    /** The index of the daily note of {@code day} in every vault large enough, or -1 before the first day. */
    static int dayIndex(LocalDate day) {
        long rank = ChronoUnit.DAYS.between(FIRST_DAY, day);
        return rank < 0 ? -1 : index(Role.DAY, (int) rank);
    }

    /** A name no note of any vault has: the target of a link that does not resolve. */
    static String missing(SplittableRandom random) {
        return "Unwritten " + MISSING[random.nextInt(MISSING.length)] + " " + random.nextInt(1000);
    }

    /** The rank of the note at {@code k} among the notes of its role. */
    private static int rank(int k, Role role) {
        return k / ROLES.size() * perCycle(role) + Collections.frequency(ROLES.subList(0, k % ROLES.size()), role);
    }

    /** The index of the note of {@code role} with {@code rank}: the inverse of {@link #rank}. */
    private static int index(Role role, int rank) {
        int position = ROLES.indexOf(role);
        for (int i = 0; i < rank % perCycle(role); i++) {
            position += 1 + ROLES.subList(position + 1, ROLES.size()).indexOf(role);
        }
        return FIXTURES.size() + rank / perCycle(role) * ROLES.size() + position;
    }

    private static int perCycle(Role role) {
        return Collections.frequency(ROLES, role);
    }

    /** The title of the ordinary note of {@code rank}: a subject, then a subject and a qualifier, then those numbered. */
    private static String subject(int rank) {
        if (rank < SUBJECTS.length) {
            return SUBJECTS[rank];
        }
        int x = rank - SUBJECTS.length;
        int round = x / (SUBJECTS.length * QUALIFIERS.length);
        return SUBJECTS[x % SUBJECTS.length] + ", " + QUALIFIERS[x % QUALIFIERS.length] + (round > 0 ? " (" + (round + 1) + ")" : "");
    }

    /** Dendron's dotted hierarchy, parents first: proj, proj.alpha, proj.alpha.tasks, then proj.alpha.tasks.v2… */
    static String dendron(int rank) {
        String[] a = DENDRON[0];
        String[] b = DENDRON[1];
        String[] c = DENDRON[2];
        if (rank < a.length) {
            return a[rank];
        }
        int x = rank - a.length;
        if (x < a.length * b.length) {
            return a[x % a.length] + "." + b[x % b.length];
        }
        x -= a.length * b.length;
        int round = x / (a.length * b.length * c.length);
        return a[x % a.length] + "." + b[x % b.length] + "." + c[x % c.length] + (round > 0 ? ".v" + (round + 1) : "");
    }

    /** A title without the characters Windows refuses in file names. */
    static String fileName(String title) {
        return SPACES.matcher(REFUSED.matcher(title).replaceAll("")).replaceAll(" ").strip();
    }

    private static int folder(String folder) {
        return List.of(FOLDERS).indexOf(folder);
    }

    private static List<String> headings(SplittableRandom random, String[] pool, int least) {
        List<String> headings = new ArrayList<>();
        int n = least + random.nextInt(2);
        while (headings.size() < n) {
            String heading = pool[random.nextInt(pool.length)];
            if (!headings.contains(heading)) {
                headings.add(heading);
            }
        }
        return List.copyOf(headings);
    }

    private static List<String> blocks(SplittableRandom random) {
        int n = random.nextInt(5) / 2; // 0, 1 or 2
        List<String> blocks = new ArrayList<>();
        while (blocks.size() < n) {
            String id = Long.toString(random.nextLong(36L * 36 * 36 * 36 * 36, 36L * 36 * 36 * 36 * 36 * 36), 36);
            if (!blocks.contains(id)) {
                blocks.add(id);
            }
        }
        return List.copyOf(blocks);
    }
}
