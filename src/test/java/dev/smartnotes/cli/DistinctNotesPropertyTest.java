package dev.smartnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.NoteJson;
import dev.smartnotes.notes.RandomNotes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Distinct notes never share a file: a full export of random hostile JSON notes, whose paths repeat
 * each other, differ only in case or Unicode normalisation, climb out with {@code ..}, hold NUL or
 * reserved names, or run over 255 bytes.
 */
class DistinctNotesPropertyTest {
    private static final int NOTES = 30;
    private static final String[] SEGMENTS = {
        "..", ".", "", " ", "CON", "nul", "Com1", "lpt\u00B9.txt", "caf\u00E9", "cafe\u0301", "CAF\u00C9", "a\u0000b", "x.md", "X.MD ",
        "note.json", "x".repeat(300), "\u65E5".repeat(100), "\uD83D\uDE00".repeat(70), "\u202Eexe", ".hidden", "trailing. .", "a<b>c:d",
    };

    @TempDir
    Path dir;

    static Stream<Long> seeds() {
        return LongStream.range(0, 20).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void distinctNotesNeverShareAFile(long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        RandomNotes content = new RandomNotes(seed);
        List<String> paths = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < NOTES; i++) {
            String path = path(random, content, paths);
            paths.add(path);
            notes.add(content.note(path));
        }
        Path json = dir.resolve("notes.json");
        NoteJson.mapper().writeValue(json.toFile(), notes);
        List<Note> loaded = Outputs.load(json);
        assertThat(loaded).as("seed %d: every note is loaded", seed).hasSize(NOTES);

        Path out = dir.resolve("out");
        Cli cli = Cli.create();
        assertThat(cli.run("export", "--notes", json.toString(), "--out", out.toString(), "--format", "all", "-q"))
                .as("seed %d: %s", seed, cli).isZero();

        List<String> files = Outputs.files(out);
        assertThat(files).as("seed %d: one file per note and format", seed).hasSize(NOTES * 3);
        assertThat(files.stream().map(DistinctNotesPropertyTest::sameFileOnAnyFileSystem).distinct())
                .as("seed %d: no two files are one on a case-insensitive or normalising file system", seed).hasSize(files.size());
        try (Stream<Path> entries = Files.list(dir)) {
            assertThat(entries).as("seed %d: nothing beside --out", seed).containsExactlyInAnyOrder(json, out);
        }
        Outputs.assertSafeNames(out);

        Map<String, Note> byName = new HashMap<>();
        for (String file : files) {
            if (file.startsWith("json/")) {
                byName.put(file.substring(5, file.length() - 5), Outputs.read("json", null, Files.readAllBytes(out.resolve(file))));
            }
        }
        assertThat(byName.values()).as("seed %d: each note in a JSON file of its own", seed).containsExactlyInAnyOrderElementsOf(loaded);
        Outputs.assertComplete(out, byName);
    }

    /** A random path, a third of the time made from an earlier one: the same, in another case, or in another normal form. */
    private static String path(SplittableRandom random, RandomNotes content, List<String> earlier) {
        if (!earlier.isEmpty() && random.nextInt(3) == 0) {
            String other = earlier.get(random.nextInt(earlier.size()));
            return switch (random.nextInt(4)) {
                case 0 -> other.toUpperCase(Locale.ROOT);
                case 1 -> other.toLowerCase(Locale.ROOT);
                case 2 -> Normalizer.normalize(other, random.nextBoolean() ? Normalizer.Form.NFD : Normalizer.Form.NFC);
                default -> other;
            };
        }
        StringBuilder path = new StringBuilder(random.nextInt(5) == 0 ? "/" : "");
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            path.append(random.nextBoolean() ? SEGMENTS[random.nextInt(SEGMENTS.length)] : content.text(6));
            if (i > 1) {
                path.append(random.nextInt(4) == 0 ? "\\" : "/");
            }
        }
        return path.append(random.nextInt(5) == 0 ? "" : ".md").toString();
    }

    /** Names that macOS (NFD, case-insensitive) or Windows (case-insensitive) would take for one file. */
    private static String sameFileOnAnyFileSystem(String relative) {
        return Normalizer.normalize(relative, Normalizer.Form.NFC).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
}
