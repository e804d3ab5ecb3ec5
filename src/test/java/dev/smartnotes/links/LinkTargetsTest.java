package dev.smartnotes.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LinkTargetsTest {
    /** Characters that the encoding must keep apart: its separator, its escape, and what follows an escape. */
    private static final String ALPHABET = "\n\\nNa/.#|é🙂 []()!";

    static IntStream seeds() {
        return IntStream.range(0, 300);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void anyTargetsComeBackAsTheyWereGiven(int seed) {
        Random random = new Random(seed);
        List<LinkTarget> targets = IntStream.range(0, random.nextInt(8))
                .mapToObj(i -> new LinkTarget(text(random), random.nextBoolean(), random.nextBoolean()))
                .toList();
        LinkTargets held = LinkTargets.of(targets);
        assertThat(held.list()).containsExactlyElementsOf(targets);
        assertThat(held.isEmpty()).isEqualTo(targets.isEmpty());
        assertThat(LinkTargets.of(held.list())).as("the same targets hold the same text").isEqualTo(held).hasSameHashCodeAs(held);
        assertThat(held.embeds().list()).containsExactlyElementsOf(targets.stream().filter(LinkTarget::embed).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\\", "\\n", "\n", "a\\\nb", "Note#Heading|alias"})
    void aTargetOfEveryKindSurvivesItsEscapes(String text) {
        List<LinkTarget> targets = List.of(new LinkTarget(text, false, false), new LinkTarget(text, true, false),
                new LinkTarget(text, false, true), new LinkTarget(text, true, true));
        assertThat(LinkTargets.of(targets).list()).containsExactlyElementsOf(targets);
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        while (text.length() < length) {
            text.appendCodePoint(ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0, random.nextInt(ALPHABET.codePointCount(0, ALPHABET.length())))));
        }
        return text.toString();
    }
}
