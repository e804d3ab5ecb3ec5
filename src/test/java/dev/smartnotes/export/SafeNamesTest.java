package dev.smartnotes.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smartnotes.notes.RandomNotes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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
        "aux.md => _aux",
        "notes/prn => notes/_prn",
        "Nul => _Nul",
        "conin$.md => _conin$",
        "CONOUT$.log.md => _CONOUT$.log",
        "lpt¹ => _lpt¹",
        "travel/auxiliary.md => travel/auxiliary",
        "console.md => console",
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

    /**
     * A path whose segments are all kept as they are takes a short cut; it must give what the full
     * clean-up gives, for names in every script, decomposed accents, odd spaces and dots included.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theShortCutForPlainPathsGivesWhatTheFullCleanUpGives(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        RandomNotes text = new RandomNotes(seed);
        String[] pieces = {"Crème", "Cre\u0300me", "東京", "привет", "😀", "\u00A0", "\u2003", ".", " ", "-", "CON", "a.md", "x.csv"};
        StringBuilder path = new StringBuilder();
        java.util.List<String> segments = new java.util.ArrayList<>();
        for (int s = 1 + random.nextInt(3); s > 0; s--) {
            StringBuilder segment = new StringBuilder();
            for (int i = 1 + random.nextInt(4); i > 0; i--) {
                segment.append(random.nextInt(3) == 0 ? pieces[random.nextInt(pieces.length)] : text.text(3).replace("/", "").replace("\\", ""));
            }
            segments.add(segment.toString());
        }
        String notePath = String.join("/", segments) + ".md";
        java.util.List<String> cleaned = new java.util.ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            String c = SafeNames.clean(segments.get(i));
            if (!c.isEmpty()) {
                cleaned.add(c);
            }
        }
        for (int i = 0; i < cleaned.size() - 1; i++) {
            String folder = cleaned.get(i);
            if (SafeNames.endsWithIgnoreCase(folder, ".md") || SafeNames.endsWithIgnoreCase(folder, ".json")
                    || SafeNames.endsWithIgnoreCase(folder, ".csv")) {
                cleaned.set(i, folder + "_");
            }
        }
        String expected = cleaned.isEmpty() ? "untitled" : String.join("/", cleaned);
        assertThat(SafeNames.of(notePath)).as("seed %d: %s", seed, notePath).isEqualTo(expected);
    }

    /** Collision keys of strings mixing scripts, special casings, Greek sigmas in every position and characters outside the BMP. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void collisionKeysFoldCaseAndNormalisation(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] pieces = {"a", "Z", " ", "-", "é", "ß", "ŉ", "ǰ", "ﬀ", "İ", "ı", "µ", "ÿ", "Σ", "σ", "ς", "ΟΔΟΣ", "Ǆ", "ǅ",
            "Москва", "東京", "한국", "😀", "𐐀", "ᾳ", "K", "Å", "\u0301", "ΐ"};
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(1, 12); i > 0; i--) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        String s = text.toString();
        assertThat(SafeNames.collisionKey(s)).as("seed %d: %s", seed, s).isEqualTo(
                Normalizer.normalize(s, Normalizer.Form.NFC).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
    }
}
