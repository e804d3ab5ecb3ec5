package dev.smartnotes.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smartnotes.notes.RandomNotes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SafeNamesTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "projects/plan.md => projects/plan",
        "/etc/passwd => etc/passwd",
        "../../outside.md => outside",
        "a/./b/../c.md => a/b/c",
        "C:\\Windows\\system32.md => C_/Windows/system32",
        "CON.md => _CON",
        "folder/nul.txt.md => folder/_nul.txt",
        "com1.md => _com1",
        "LPT9 => _LPT9",
        ".hidden.md => _hidden",
        "trailing dots....md => trailing dots",
        "x.md/y.md => x.md_/y",
        "a<b>c:d\"e|f?g*h.md => a_b_c_d_e_f_g_h",
        ".. => untitled",
    })
    void makesPathsSafe(String path, String expected) {
        assertThat(SafeNames.of(path)).isEqualTo(expected);
    }

    static Stream<Long> seeds() {
        return LongStream.range(0, 500).boxed();
    }

    /** Whatever the path, the name stays inside --out, within 255 bytes a segment, never reserved, hidden or a control character. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void namesAreAlwaysSafe(long seed) {
        RandomNotes random = new RandomNotes(seed);
        String path = String.join(seed % 3 == 0 ? "\\" : "/", random.text(8), "..", random.text(30), random.text(200) + ".md");
        String name = SafeNames.of(path);
        Path out = Path.of("/out");
        assertThat(out.resolve("md").resolve(name + "-999999.json").normalize()).as("seed %d: %s", seed, name).startsWithRaw(out.resolve("md"));
        for (String segment : name.split("/")) {
            assertThat(segment).as("seed %d", seed).isNotEmpty().doesNotStartWith(".").isNotIn("..", ".");
            assertThat((segment + "-999999.json").getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
            assertThat(SafeNames.reserved(segment)).isFalse();
            assertThat(segment.codePoints().noneMatch(c -> c < 0x20 || c == 0x7F || c == 0x202E || "<>:\"|?*\\".indexOf(c) >= 0)).isTrue();
            assertThat(segment).doesNotEndWith(".").doesNotEndWith(" ");
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void cutsOnCodePointBoundaries(long seed) {
        String long_ = "é日😀a".repeat(100 + (int) seed % 7);
        String cut = SafeNames.cut(long_, SafeNames.MAX_SEGMENT_BYTES);
        assertThat(cut.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(SafeNames.MAX_SEGMENT_BYTES);
        assertThat(long_).startsWith(cut);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
    }
}
