package dev.smartnotes.collect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.RandomNotes;
import dev.smartnotes.render.CsvOptions;
import dev.smartnotes.render.NoteGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Incremental runs: a merge of the changed, new and removed notes into the earlier file gives the
 * file a full run would write; a merge of nothing keeps the file; an aborted writer leaves it as it was.
 */
@Timeout(120)
class MergeTest {
    @TempDir
    Path out;

    static Stream<Arguments> formatsAndSeeds() {
        return Stream.of(CollectionFormat.values()).flatMap(format -> Stream.of(5L, 6L, 77L).map(seed -> Arguments.of(format, seed)));
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("formatsAndSeeds")
    void aMergeGivesWhatAFullRunWrites(CollectionFormat format, long seed) throws Exception {
        Collection before = Collection.random(seed, 60);
        Path folder = Files.createDirectories(out.resolve("incremental"));
        before.write(format, folder, Collection.options());

        SplittableRandom random = new SplittableRandom(seed);
        RandomNotes fresh = new RandomNotes(seed + 1);
        List<Note> notes = new ArrayList<>();
        Map<String, NoteGraph> graphs = new HashMap<>();
        Set<String> changed = new HashSet<>();
        List<String> removed = new ArrayList<>();
        for (Note note : before.notes()) {
            switch (random.nextInt(5)) {
                case 0 -> removed.add(note.path());
                case 1 -> {
                    notes.add(note.withBody(note.body().text() + " changed"));
                    graphs.put(note.path(), NoteGraph.NONE);
                    changed.add(note.path());
                }
                default -> {
                    notes.add(note);
                    graphs.put(note.path(), before.graph(note));
                }
            }
        }
        for (int i = 0; i < 8; i++) {
            Note note = fresh.note("new/" + (char) ('a' + random.nextInt(26)) + i + ".md");
            notes.add(note);
            graphs.put(note.path(), new NoteGraph(List.of(), List.of(), List.of(), List.of("Nowhere"), List.of()));
            changed.add(note.path());
        }
        Collection after = new Collection(notes.stream().sorted(java.util.Comparator.comparing(Note::path)).toList(), graphs);

        Result result;
        try (CollectionWriter writer = CollectionWriter.open(format, folder, Collection.options().withQueue(8, 1 << 20).withBatchRows(3),
                Previous.MERGE)) {
            assertThat(writer.merging()).isTrue();
            for (String path : removed) {
                writer.remove(path);
            }
            for (int i = 0; i < after.notes().size(); i++) {
                if (changed.contains(after.notes().get(i).path())) {
                    writer.put(after.row(i));
                } else {
                    writer.skip(i);
                }
            }
            result = writer.finish();
        }
        assertThat(result.written()).isTrue();
        assertThat(result.rows()).isEqualTo(changed.size());
        assertThat(result.removed()).isEqualTo(removed.size());
        Path full = Files.createDirectories(out.resolve("full"));
        after.write(format, full, Collection.options());
        assertThat(Contents.of(folder.resolve(format.fileName()))).isEqualTo(Contents.of(full.resolve(format.fileName())));
        assertThat(temporaryFiles(folder)).isEmpty();
        if (format == CollectionFormat.SQLITE) {
            Path db = folder.resolve(format.fileName());
            Db.execute(db, "INSERT INTO notes_fts (notes_fts) VALUES ('integrity-check')"); // throws if the index and the notes differ
            assertThat(Db.column(db, "PRAGMA integrity_check")).containsExactly("ok");
            assertThat(Db.column(db, "SELECT path FROM notes_fts WHERE notes_fts MATCH 'changed' ORDER BY path"))
                    .containsExactlyElementsOf(after.notes().stream().map(Note::path)
                            .filter(p -> changed.contains(p) && !p.startsWith("new/")).sorted().toList());
        }
    }

    @ParameterizedTest
    @EnumSource(CollectionFormat.class)
    void aMergeOfNothingKeepsTheFile(CollectionFormat format) throws Exception {
        Collection collection = Collection.random(9, 30);
        collection.write(format, out, Collection.options());
        Path file = out.resolve(format.fileName());
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000_000_000L));
        byte[] bytes = Files.readAllBytes(file);
        try (CollectionWriter writer = CollectionWriter.open(format, out, Collection.options(), Previous.MERGE)) {
            assertThat(writer.merging()).isTrue();
            for (int i = 0; i < 30; i++) {
                writer.skip(i);
            }
            Result result = writer.finish();
            assertThat(result.written()).isFalse();
            assertThat(result.bytes()).isZero();
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
        assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(1_000_000_000_000L);
        assertThat(temporaryFiles(out)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(CollectionFormat.class)
    void anAbortedWriterLeavesTheEarlierFileAsItWas(CollectionFormat format) throws Exception {
        Collection collection = Collection.random(10, 40);
        collection.write(format, out, Collection.options());
        Path file = out.resolve(format.fileName());
        byte[] bytes = Files.readAllBytes(file);
        for (Previous previous : Previous.values()) {
            try (CollectionWriter writer = CollectionWriter.open(format, out, Collection.options().withBatchRows(4), previous)) {
                for (int i = 0; i < 20; i++) {
                    writer.put(new Row(i, collection.notes().get(i).withBody("rewritten"), NoteGraph.NONE));
                }
                writer.remove(collection.notes().get(30).path());
                Thread.sleep(50); // the writer has started on its temporary file
            } // closed without finish: aborted
            assertThat(Files.readAllBytes(file)).as("%s %s", format, previous).isEqualTo(bytes);
            assertThat(temporaryFiles(out)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(CollectionFormat.class)
    void withoutAUsableEarlierFileAMergeIsAFullWrite(CollectionFormat format) throws Exception {
        try (CollectionWriter writer = CollectionWriter.open(format, out, Collection.options(), Previous.MERGE)) {
            assertThat(writer.merging()).isFalse(); // no file yet: the export puts every note
        }
        Collection.random(11, 5).write(format, out, Collection.options());
        Options bom = Options.of(new CsvOptions(false, true), false, false, false);
        try (CollectionWriter writer = CollectionWriter.open(format, out, bom, Previous.MERGE)) {
            assertThat(writer.merging()).isEqualTo(format != CollectionFormat.TABLE); // a table without the byte-order mark asked for
        }
        try (CollectionWriter writer = CollectionWriter.open(format, out, Collection.options(), Previous.REPLACE)) {
            assertThat(writer.merging()).isFalse();
        }
    }

    static List<Path> temporaryFiles(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(".smartnotes-")).toList();
        }
    }
}
