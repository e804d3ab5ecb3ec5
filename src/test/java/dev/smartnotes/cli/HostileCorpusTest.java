package dev.smartnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.smartnotes.notes.FrontMatter;
import dev.smartnotes.notes.Body;
import dev.smartnotes.notes.CoreSchema;
import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.NoteJson;
import dev.smartnotes.notes.NoteJsonReader;
import dev.smartnotes.notes.NoteParser;
import dev.smartnotes.notes.Problem;
import dev.smartnotes.render.CsvRenderer;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3's hostile notes ({@code src/test/resources/hostile/cases.tsv}), exported through the command
 * line with every format: each good note comes out whole in every format, each bad one gives exactly
 * one line on stderr naming it, and nothing is written outside --out.
 */
class HostileCorpusTest {
    private static final Path CORPUS = corpus();
    private static final Pattern JSON_NOTE = Pattern.compile("(.+)\\[(\\d+)]");

    @TempDir
    Path dir;

    private final Cli cli = Cli.create();

    enum Outcome { ok, error, skipped }

    /** One row of cases.tsv: a case, what must happen to it, and the name it gets in the copied corpus. */
    record Case(String source, Outcome outcome, String expect, String copyAs) {
        /** Where the case lies in the copied corpus, relative to it. */
        String target() {
            return copyAs == null ? source : copyAs;
        }

        boolean inJson() {
            return JSON_NOTE.matcher(source).matches();
        }

        /** How the tool names the note in its messages. */
        String where(Path notes) {
            Matcher m = JSON_NOTE.matcher(source);
            return m.matches() ? notes.resolve(m.group(1)) + "[" + m.group(2) + "]" : notes.resolve(target()).toString();
        }
    }

    @Test
    void aFolderOfHostileNotes() throws Exception {
        Path notes = dir.resolve("notes");
        List<Case> cases = new ArrayList<>(cases().stream().filter(c -> !c.inJson()).toList());
        for (Case c : cases) {
            Path target = notes.resolve(c.target());
            Files.createDirectories(target.getParent());
            Files.copy(CORPUS.resolve(c.source()), target, StandardCopyOption.REPLACE_EXISTING);
        }
        cases.addAll(generated(notes));
        Map<String, String> before = outside(dir, dir.resolve("out"));

        Path out = dir.resolve("out");
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", out.toString(), "--format", "all", "--max-note-size", "1MB"))
                .as("%s", cli).isEqualTo(1);

        Map<String, Note> expected = new LinkedHashMap<>();
        for (Case c : cases) {
            if (c.outcome() == Outcome.ok) {
                expected.put(c.where(notes), NoteParser.parse(c.target(), Files.readAllBytes(notes.resolve(c.target()))));
            }
        }
        check(cases, notes, out, expected);
        assertThat(outside(dir, out)).as("nothing written outside --out").isEqualTo(before);
    }

    @Test
    void aJsonFileOfNotesWhosePathsCanBeAnything() throws Exception {
        List<Case> cases = cases().stream().filter(Case::inJson).toList();
        Path notes = dir.resolve("notes");
        Files.createDirectories(notes);
        Path json = notes.resolve("paths.json");
        Files.copy(CORPUS.resolve("paths.json"), json);
        Map<String, String> before = outside(dir, dir.resolve("out"));

        Path out = dir.resolve("out");
        assertThat(cli.run("export", "--notes", json.toString(), "--out", out.toString(), "--format", "all")).as("%s", cli).isEqualTo(1);

        JsonNode array = NoteJson.mapper().readTree(json.toFile());
        Map<String, Note> expected = new LinkedHashMap<>();
        for (Case c : cases) {
            if (c.outcome() == Outcome.ok) {
                int i = Integer.parseInt(JSON_NOTE.matcher(c.source()).replaceAll("$2"));
                expected.put(c.where(notes), NoteJsonReader.fromJson(array.get(i), "note-" + (i + 1)));
            }
        }
        assertThat(expected).as("every note of paths.json has a case").hasSize(array.size() - 1);
        check(cases, notes, out, expected);
        assertThat(outside(dir, out)).as("nothing written outside --out").isEqualTo(before);
        for (String ext : List.of("md", "json", "csv")) {
            assertThat(Path.of("/etc/passwd." + ext)).doesNotExist();
        }
    }

    /** The gadget of CVE-2022-1471 would fetch a class from our socket; FileOutputStream would create a file. */
    @Test
    void yamlTypeTagsInstantiateNothing() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Path notes = Files.createDirectories(dir.resolve("notes"));
            Path pwned = dir.resolve("pwned");
            Files.writeString(notes.resolve("gadget.md"), """
                    ---
                    engine: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://127.0.0.1:%d/"]]]]
                    stream: !!java.io.FileOutputStream ["%s"]
                    ---
                    """.formatted(server.getLocalPort(), pwned));
            assertThat(cli.run("export", "--notes", notes.toString(), "--out", dir.resolve("out").toString())).as("%s", cli).isZero();
            server.setSoTimeout(300);
            try {
                server.accept().close();
                throw new AssertionError("exporting the note connected to " + server.getLocalSocketAddress());
            } catch (SocketTimeoutException expected) {
                // Nobody came: nothing was instantiated.
            }
            assertThat(pwned).doesNotExist();
            assertThat(Files.readString(dir.resolve("out/json/gadget.json"))).contains("\"stream\" : [ \"" + pwned + "\" ]");
        }
    }

    @Test
    void anUnreadableNoteIsOneLine() throws Exception {
        Assumptions.assumeFalse(Outputs.root(), "running as root, who can read any file (CAP_DAC_OVERRIDE), so no file is unreadable");
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("fine.md"), "# Fine\n");
        Path locked = Files.writeString(notes.resolve("locked.md"), "# Locked\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assertThat(cli.run("export", "--notes", notes.toString(), "--out", dir.resolve("out").toString())).as("%s", cli).isEqualTo(1);
        assertThat(cli.stderr().lines()).containsExactly(locked + ": permission denied");
        assertThat(Outputs.files(dir.resolve("out"))).containsExactly("csv/fine.csv", "json/fine.json", "md/fine.md");
    }

    /** Cases too big for Git, or that Git cannot hold: made in the copied corpus at run time. */
    private static List<Case> generated(Path notes) throws IOException {
        Path folder = Files.createDirectories(notes.resolve("generated"));
        Files.writeString(folder.resolve("oversized-front-matter.md"),
                "---\ntitle: Big\nblob: \"" + "x".repeat(FrontMatter.MAX_CHARS) + "\"\n---\n");
        Files.writeString(folder.resolve("over-max-note-size.md"), "# Big\n" + ("a".repeat(99) + "\n").repeat(12_000));
        Files.createDirectories(folder.resolve("loop"));
        Files.createSymbolicLink(folder.resolve("loop/up"), notes);
        Files.createSymbolicLink(folder.resolve("self.md"), folder.resolve("self.md"));
        Files.createSymbolicLink(folder.resolve("dangling.md"), folder.resolve("missing.md"));
        return List.of(
                new Case("generated/oversized-front-matter.md", Outcome.error, "front matter is over 256 KiB", null),
                new Case("generated/over-max-note-size.md", Outcome.error, "note is larger than --max-note-size (1 MB)", null),
                new Case("generated/self.md", Outcome.error, "symbolic link loop", null),
                new Case("generated/dangling.md", Outcome.error, "no such file", null));
    }

    /**
     * The common checks: one stderr line per bad note, each good note exported once and read back
     * field by field in every format with its expectations met, no file for the others, no temporary
     * file left, no name over 255 bytes.
     *
     * @param expected the note each good case must export, by {@link Case#where}
     */
    private void check(List<Case> cases, Path notes, Path out, Map<String, Note> expected) throws Exception {
        List<String> stderr = cli.stderr().lines().toList();
        Map<String, List<Case>> errors = new TreeMap<>();
        cases.stream().filter(c -> c.outcome() == Outcome.error).forEach(c -> errors.computeIfAbsent(c.where(notes), k -> new ArrayList<>()).add(c));
        for (Map.Entry<String, List<Case>> error : errors.entrySet()) {
            String prefix = new Problem(error.getKey(), "").toString();
            List<String> lines = stderr.stream().filter(line -> line.startsWith(prefix)).toList();
            assertThat(lines).as("the lines about %s in\n%s", error.getKey(), cli).hasSize(1);
            error.getValue().forEach(c -> assertThat(lines.getFirst()).contains(c.expect()));
        }
        assertThat(stderr).as("stderr holds one line per bad note and nothing else").hasSize(errors.size());

        Map<String, Note> written = new TreeMap<>();
        for (String file : Outputs.files(out)) {
            if (file.startsWith("json/")) {
                written.put(file.substring(5, file.length() - 5), Outputs.read("json", null, Files.readAllBytes(out.resolve(file))));
            }
        }
        Map<String, String> names = new TreeMap<>();
        for (Map.Entry<String, Note> note : expected.entrySet()) {
            List<String> holders = written.entrySet().stream().filter(w -> w.getValue().equals(note.getValue())).map(Map.Entry::getKey).toList();
            assertThat(holders).as("the JSON files holding %s, of\n%s\n%s", note.getKey(), written, cli).hasSize(1);
            String name = holders.getFirst();
            names.put(note.getKey(), name);
            for (String format : List.of("md", "csv")) {
                Note back = Outputs.read(format, note.getValue().path(), Files.readAllBytes(out.resolve(format + "/" + name + "." + format)));
                assertThat(back).as("%s read back from %s", note.getKey(), format).usingRecursiveComparison()
                        .ignoringFields("frontMatter").withEqualsForType(Body::equals, Body.class).isEqualTo(note.getValue());
            }
        }
        assertThat(Outputs.files(out)).as("three files for each good note, none for the others").hasSize(expected.size() * 3);
        for (Case c : cases) {
            if (c.outcome() == Outcome.ok && !c.expect().isEmpty()) {
                String where = c.where(notes);
                int eq = c.expect().indexOf('=');
                String field = c.expect().substring(0, eq);
                assertThat(field(field, expected.get(where), names.get(where), out)).as("%s of %s", field, where).isEqualTo(c.expect().substring(eq + 1));
            }
        }
        assertThat(Outputs.leftovers(out)).isEmpty();
        Outputs.assertSafeNames(out);
    }

    private static String field(String field, Note note, String name, Path out) throws IOException {
        if (field.startsWith("fields.")) {
            String key = field.substring("fields.".length());
            assertThat(note.fields()).containsKey(key);
            return String.valueOf(note.fields().get(key));
        }
        if (field.startsWith("csv.")) {
            String csv = Files.readString(out.resolve("csv/" + name + ".csv"));
            try (CSVParser parser = CsvRenderer.FORMAT.parse(new StringReader(csv))) {
                List<CSVRecord> records = parser.getRecords();
                return records.get(1).get(CsvRenderer.HEADER.indexOf(field.substring("csv.".length())));
            }
        }
        return switch (field) {
            case "name" -> name;
            case "path" -> note.path();
            case "id" -> note.id();
            case "title" -> note.title();
            case "tags" -> String.join(", ", note.tags());
            case "created" -> CoreSchema.text(note.created());
            case "updated" -> CoreSchema.text(note.updated());
            case "body" -> note.body().text();
            default -> throw new AssertionError("cases.tsv: unknown field " + field);
        };
    }

    /** Every path under {@code root} but those under {@code out}, with its size and time: what a run must not touch. */
    private static Map<String, String> outside(Path root, Path out) throws IOException {
        Map<String, String> listing = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(p -> !p.startsWith(out)).toList()) {
                BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                listing.put(root.relativize(p).toString(), attrs.isDirectory() ? "folder" : attrs.size() + " bytes, " + attrs.lastModifiedTime());
            }
        }
        return listing;
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve("cases.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] column = line.split("\t", -1);
            assertThat(column.length).as("cases.tsv: %s", line).isBetween(2, 4);
            cases.add(new Case(column[0], Outcome.valueOf(column[1]), column.length > 2 ? unescape(column[2]) : "",
                    column.length > 3 ? unescape(column[3]) : null));
        }
        return cases;
    }

    /** The escapes of cases.tsv: backslash n, r, t, backslash and uXXXX. */
    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    private static Path corpus() {
        try {
            return Path.of(HostileCorpusTest.class.getResource("/hostile/cases.tsv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
