package dev.smartnotes.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smartnotes.notes.NoteSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ExportPlanTest {

    private static List<NoteSource> sources(String... paths) {
        return java.util.Arrays.stream(paths).map(p -> (NoteSource) new NoteSource.Text(p, "")).toList();
    }

    private static List<String> names(ExportPlan plan) {
        return plan.items().stream().map(ExportPlan.Item::name).toList();
    }

    @Test
    void collidingNamesGetSuffixesInSourceOrder() {
        String nfd = "Cafe\u0301.md";
        ExportPlan plan = ExportPlan.of(sources("plan.md", "Plan.md", "PLAN.md", "Café.md", nfd, "a/b.md", "A/b.md"));
        assertThat(plan.items()).extracting(i -> i.source().path() + " -> " + i.name()).containsExactly(
                "A/b.md -> A/b", nfd + " -> Café", "Café.md -> Café-2", "PLAN.md -> PLAN", "Plan.md -> Plan-2",
                "a/b.md -> a/b-2", "plan.md -> plan-3");
    }

    @Test
    void aNotesOwnNameIsNeverGivenToAnother() {
        ExportPlan plan = ExportPlan.of(sources("X.md", "x-2.md", "x.md"));
        assertThat(plan.items()).extracting(i -> i.source().path() + " -> " + i.name())
                .containsExactly("X.md -> X", "x-2.md -> x-2", "x.md -> x-3");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void distinctNotesNeverShareAFileAndTheResultIsDeterministic(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] parts = {"a", "A", "b", "..", "CON", "é", "e\u0301", "x.md", "x-2", ".h", "a b", "a:b", "a?b"};
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            paths.add(parts[random.nextInt(parts.length)] + "/" + parts[random.nextInt(parts.length)] + (random.nextBoolean() ? ".md" : ""));
        }
        paths = new ArrayList<>(new java.util.LinkedHashSet<>(paths));
        ExportPlan plan = ExportPlan.of(sources(paths.toArray(String[]::new)));
        Set<String> keys = new HashSet<>();
        for (ExportPlan.Item item : plan.items()) {
            assertThat(keys.add(SafeNames.collisionKey(item.name()))).as("seed %d: %s", seed, item).isTrue();
        }
        Collections.shuffle(paths, new java.util.Random(seed));
        assertThat(names(ExportPlan.of(sources(paths.toArray(String[]::new))))).isEqualTo(names(plan));
    }

    /**
     * The plan against a plain model of its rule (every key in one set of strings, as the plan once held
     * them): the same name for every note and attachment, on names made to collide in case,
     * normalisation, numbering and with the Markdown files of notes.
     */
    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void namesAreThoseOfTheSetOfKeysModel(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] parts = {"a", "A", "a-2", "A-3", "é", "e\u0301", "É", "x.md", "X.MD", "ΑΣ", "ας", "σ", "a b", "CON"};
        Set<String> notePaths = new java.util.TreeSet<>();
        Set<String> attachmentPaths = new java.util.TreeSet<>();
        for (int i = 0; i < 300; i++) {
            String path = (random.nextBoolean() ? parts[random.nextInt(parts.length)] + "/" : "") + parts[random.nextInt(parts.length)];
            if (random.nextInt(3) == 0) {
                attachmentPaths.add(path + switch (random.nextInt(4)) {
                    case 0 -> ".md.png";
                    case 1 -> ".md.MD"; // named like the Markdown file of the note at path
                    case 2 -> ".MD";
                    default -> "-2.png";
                });
            } else {
                notePaths.add(path + ".md");
            }
        }
        List<dev.smartnotes.notes.Attachment> attachments = attachmentPaths.stream()
                .map(p -> new dev.smartnotes.notes.Attachment(p, java.nio.file.Path.of("/v"), 1, 1)).toList();
        ExportPlan plan = ExportPlan.of(sources(notePaths.toArray(String[]::new)), attachments);

        Set<String> taken = new HashSet<>();
        List<String> noteNames = model(notePaths.stream().map(SafeNames::of).toList(), taken, (name, n) -> name + "-" + n);
        assertThat(names(plan)).as("seed %d", seed).isEqualTo(noteNames);
        Set<String> files = new HashSet<>();
        noteNames.forEach(name -> files.add(SafeNames.collisionKey(name + ".md")));
        List<String> attachmentNames = model(attachmentPaths.stream().map(SafeNames::of).toList(), files, (name, n) -> {
            int slash = name.lastIndexOf('/');
            int dot = name.lastIndexOf('.');
            return dot > slash + 1 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
        });
        assertThat(attachmentPaths.stream().map(plan::attachmentName).toList()).as("seed %d", seed).isEqualTo(attachmentNames);
    }

    private static List<String> model(List<String> natural, Set<String> taken, java.util.function.BiFunction<String, Integer, String> numbered) {
        String[] names = new String[natural.size()];
        for (int i = 0; i < names.length; i++) {
            if (taken.add(SafeNames.collisionKey(natural.get(i)))) {
                names[i] = natural.get(i);
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i] == null) {
                String candidate = natural.get(i);
                for (int n = 2; !taken.add(SafeNames.collisionKey(candidate)); n++) {
                    candidate = numbered.apply(natural.get(i), n);
                }
                names[i] = candidate;
            }
        }
        return List.of(names);
    }
}
