package dev.smartnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smartnotes.export.ExportPlan;
import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.NoteLoader;
import dev.smartnotes.notes.NoteSource;
import dev.smartnotes.render.CsvOptions;
import dev.smartnotes.render.ReadBack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** What an export left in --out, read back as another program would. */
final class Outputs {
    private Outputs() {}

    /**
     * The output files, relative to {@code out} with {@code /}: not the manifest, the lock, temporary
     * files nor what lies in a staging folder (SafeNames never starts a name with a dot).
     */
    static List<String> files(Path out) throws IOException {
        return walk(out).stream().filter(file -> !file.startsWith(".") && !file.contains("/.")).toList();
    }

    /**
     * Whether a run has written a file yet, also into a staging folder (a first export's files
     * appear in their folders only when it ends); false while a temporary file vanishes under the walk.
     */
    static boolean anyWritten(Path out) {
        try {
            return Files.isDirectory(out) && walk(out).stream().anyMatch(file -> !fileName(file).startsWith("."));
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    /**
     * What a finished or gracefully stopped run must not leave: temporary files, and a lock file that
     * still names a process (the lock file itself stays, empty, for the next run to lock).
     */
    static List<String> leftovers(Path out) throws IOException {
        return walk(out).stream()
                .filter(file -> (fileName(file).equals(".smartnotes.lock") && size(out.resolve(file)) > 0)
                        || java.util.Arrays.stream(file.split("/")).anyMatch(name -> name.startsWith(".smartnotes-") && name.endsWith(".tmp")))
                .toList();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Deletes a folder and everything in it (links are removed, never followed). */
    static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Every file and folder under {@code out}, relative, sorted. */
    static List<String> walk(Path out) throws IOException {
        try (Stream<Path> paths = Files.walk(out)) {
            return paths.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> out.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static String fileName(String relative) {
        return relative.substring(relative.lastIndexOf('/') + 1);
    }

    /** The notes of a collection (a folder or a JSON file), by the output name each one gets. */
    static Map<String, Note> byName(Path notes) throws Exception {
        NoteLoader.Found found = NoteLoader.find(notes, null, 100_000_000);
        assertThat(found.problems()).isEmpty();
        Map<String, Note> byName = new HashMap<>();
        for (ExportPlan.Item item : ExportPlan.of(found.sources()).items()) {
            byName.put(item.name(), item.source().load());
        }
        return byName;
    }

    /** The notes of a collection as the tool loads them, in its order. */
    static List<Note> load(Path notes) throws Exception {
        NoteLoader.Found found = NoteLoader.find(notes, null, 100_000_000);
        assertThat(found.problems()).isEmpty();
        List<Note> loaded = new ArrayList<>();
        for (NoteSource source : found.sources()) {
            loaded.add(source.load());
        }
        return loaded;
    }

    /**
     * Reads every output file back in its format and checks that it holds its whole note: no file
     * is cut short or half written. Returns how many output files there are.
     */
    static int assertComplete(Path out, Map<String, Note> byName) throws Exception {
        List<String> files = files(out).stream().filter(Outputs::noteFile).toList();
        for (String file : files) {
            String format = file.substring(0, file.indexOf('/'));
            String name = file.substring(format.length() + 1, file.length() - format.length() - 1);
            Note note = byName.get(name);
            assertThat(note).as("the note written to %s", file).isNotNull();
            Note expected = format.equals("csv") ? ReadBack.asCsvShowsIt(note) : note;
            assertThat(read(format, note.path(), Files.readAllBytes(out.resolve(file)))).as(file).isEqualTo(expected);
        }
        return files.size();
    }

    /** A note's file (md/….md, json/….json, csv/….csv), not an attachment copied beside the Markdown. */
    static boolean noteFile(String file) {
        int slash = file.indexOf('/');
        return slash > 0 && file.endsWith("." + file.substring(0, slash));
    }

    /** Parses one output file; a Markdown file does not hold its note's path, so it is given. */
    static Note read(String format, String path, byte[] bytes) throws Exception {
        return switch (format) {
            case "md" -> ReadBack.markdown(path, bytes);
            case "json" -> ReadBack.json(bytes);
            case "csv" -> ReadBack.csv(bytes, CsvOptions.DEFAULT);
            default -> throw new AssertionError("not an output format: " + format);
        };
    }

    /** Every file and folder name under {@code out} fits in 255 bytes of UTF-8, and every file really lies inside it. */
    static void assertSafeNames(Path out) throws IOException {
        Path real = out.toRealPath();
        for (String file : walk(out)) {
            for (String segment : file.split("/")) {
                assertThat(segment.getBytes(StandardCharsets.UTF_8).length).as("a name in %s", file).isLessThanOrEqualTo(255);
            }
            assertThat(out.resolve(file).toRealPath()).as(file).startsWith(real);
        }
    }

    /** Whether the tests run as root, who reads and writes files whatever their permissions say. */
    static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }
}
