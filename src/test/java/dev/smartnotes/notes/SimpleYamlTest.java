package dev.smartnotes.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shortcut parser must agree with the full YAML parser on everything it accepts. */
class SimpleYamlTest {
    private static final String[] KEYS = {"title", "tags", "id", "NO", "a-b", "é", "x_1", "yes", "key with space", "-x", "1a"};
    private static final String[] PIECES = {
        "a", "Z", "9", " ", ",", ":", ": ", " #", "#", "-", "- ", "[", "]", "{", "}", "'", "\"", "\\", "~", "null", "NO", "01234",
        "1.10", "2024-01-01", "12:30", "é", "日本", "😀", "\u2003", "\u00A0", "\t", "&", "*", "!", "|", ">", "%", "@", "`", "?",
    };

    static Stream<Long> seeds() {
        return LongStream.range(0, 5000).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void agreesWithTheFullParser(long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder yaml = new StringBuilder();
        for (int i = random.nextInt(1, 6); i > 0; i--) {
            yaml.append(KEYS[random.nextInt(KEYS.length)]).append(random.nextInt(8) == 0 ? ":" : ": ");
            switch (random.nextInt(6)) {
                case 0 -> yaml.append(YamlText.quote(text(random)));
                case 1 -> yaml.append('\'').append(text(random).replace("'", "''")).append('\'');
                case 2 -> {
                    yaml.append('[');
                    for (int j = random.nextInt(4); j > 0; j--) {
                        yaml.append(random.nextBoolean() ? YamlText.quote(text(random)) : text(random)).append(j > 1 ? ", " : "");
                    }
                    yaml.append(']');
                }
                case 3 -> {
                    yaml.append('\n');
                    for (int j = random.nextInt(4); j > 0; j--) {
                        yaml.append(random.nextBoolean() ? "  - " : "- ").append(random.nextBoolean() ? YamlText.quote(text(random)) : text(random)).append('\n');
                    }
                }
                default -> yaml.append(text(random));
            }
            yaml.append(random.nextInt(10) == 0 ? "\r\n" : "\n");
        }
        String text = yaml.toString();
        for (boolean typed : new boolean[] {true, false}) {
            Map<String, Object> fast = SimpleYaml.parse(text, typed);
            if (fast != null) {
                Throwable failure = catchThrowable(() -> FrontMatter.parseFully(text, typed));
                assertThat(failure).as("seed %d: the full parser rejects what the shortcut took:%n%s", seed, text).isNull();
                assertThat(fast).as("seed %d, typed %s:%n%s", seed, typed, text).isEqualTo(FrontMatter.parseFully(text, typed));
                assertThat(NoteJson.compact(fast)).as("seed %d, the same types", seed).isEqualTo(NoteJson.compact(FrontMatter.parseFully(text, typed)));
            }
        }
    }

    private static String text(SplittableRandom random) {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(6); i > 0; i--) {
            s.append(random.nextInt(3) == 0 ? PIECES[random.nextInt(PIECES.length)] : Character.toString('a' + random.nextInt(26)));
        }
        return s.toString();
    }

    @Test
    void takesTheCommonShapes() {
        Map<String, Object> fields = SimpleYaml.parse("""
                id: n00001
                title: "Plan, \\"quoted\\" — é"
                tags:
                  - "work"
                  - idea
                aliases: ["x, y", 'it''s', plain]
                created: 2024-01-01
                publish: true
                rating: 4
                zip: 01234
                empty:
                nothing: ~
                """, true);
        assertThat(fields).containsEntry("title", "Plan, \"quoted\" — é")
                .containsEntry("tags", List.of("work", "idea"))
                .containsEntry("aliases", List.of("x, y", "it's", "plain"))
                .containsEntry("created", "2024-01-01")
                .containsEntry("publish", true)
                .containsEntry("rating", 4L)
                .containsEntry("zip", "01234")
                .containsEntry("empty", null)
                .containsEntry("nothing", null);
    }

    @Test
    void mostSampleNotesTakeTheShortcut() {
        List<SampleGenerator.Sample> samples = new SampleGenerator(3).generate(200);
        long fast = samples.stream().map(SampleGenerator.Sample::markdown).filter(m -> m.startsWith("---\n"))
                .map(m -> m.substring(4, m.indexOf("\n---\n") + 1)).filter(y -> SimpleYaml.parse(y, true) != null).count();
        assertThat(fast).isGreaterThan(150);
    }
}
