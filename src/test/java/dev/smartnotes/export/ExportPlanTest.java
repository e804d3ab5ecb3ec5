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
}
