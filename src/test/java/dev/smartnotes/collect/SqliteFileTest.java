package dev.smartnotes.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.smartnotes.render.CsvOptions;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Whose {@code notes.sqlite} it is, and another program holding it. */
@Timeout(120)
class SqliteFileTest {
    @TempDir
    Path out;

    private Path db() {
        return out.resolve("notes.sqlite");
    }

    @Test
    void aFileNotOursIsRefusedUnlessForced() throws Exception {
        Files.writeString(db(), "my own notes, not a database");
        assertThatThrownBy(() -> CollectionWriter.open(CollectionFormat.SQLITE, out, Collection.options(), Previous.REPLACE))
                .isInstanceOfSatisfying(CollectionException.class, e -> assertThat(e.kind()).isEqualTo(CollectionException.Kind.FOREIGN))
                .hasMessage(db() + " is not a database SmartNotes wrote; pass --force to replace it");
        assertThat(Files.readString(db())).isEqualTo("my own notes, not a database");
        assertThat(MergeTest.temporaryFiles(out)).isEmpty();

        Options force = Options.of(CsvOptions.DEFAULT, true, false, false);
        try (CollectionWriter writer = CollectionWriter.open(CollectionFormat.SQLITE, out, force, Previous.MERGE)) {
            assertThat(writer.merging()).isFalse();
            Collection.random(1, 3).putAll(writer, 1);
            writer.finish();
        }
        assertThat(Db.value(db(), "SELECT count(*) FROM notes")).isEqualTo(3);
    }

    @Test
    void aDatabaseOfAnotherProgramIsRefusedToo() throws Exception {
        Db.execute(db(), "CREATE TABLE notes (path TEXT PRIMARY KEY)");
        byte[] bytes = Files.readAllBytes(db());
        assertThatThrownBy(() -> CollectionWriter.open(CollectionFormat.SQLITE, out, Collection.options(), Previous.MERGE))
                .isInstanceOf(CollectionException.class).hasMessageContaining("is not a database SmartNotes wrote");
        assertThat(Files.readAllBytes(db())).isEqualTo(bytes);
    }

    @Test
    void aDatabaseAnotherProgramWritesToIsRefusedWhenOpened() throws Exception {
        assumeTrue(Db.cliInstalled(), "the sqlite3 program is not installed");
        Collection.random(2, 10).write(CollectionFormat.SQLITE, out, Collection.options());
        byte[] bytes = Files.readAllBytes(db());
        Process sqlite3 = new ProcessBuilder("sqlite3", db().toString()).redirectErrorStream(true).start();
        try (OutputStream in = sqlite3.getOutputStream();
                BufferedReader answers = new BufferedReader(new InputStreamReader(sqlite3.getInputStream(), StandardCharsets.UTF_8))) {
            in.write("BEGIN IMMEDIATE;\nSELECT 'holding';\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
            assertThat(answers.readLine()).isEqualTo("holding");
            for (Previous previous : Previous.values()) {
                assertThatThrownBy(() -> CollectionWriter.open(CollectionFormat.SQLITE, out, Collection.options(), previous))
                        .isInstanceOfSatisfying(CollectionException.class, e -> assertThat(e.kind()).isEqualTo(CollectionException.Kind.LOCKED))
                        .hasMessage("cannot replace " + db() + ": another program is writing to it (close it and run again);"
                                + " the file is left as it was");
            }
            in.write("ROLLBACK;\n.quit\n".getBytes(StandardCharsets.UTF_8));
        } finally {
            sqlite3.waitFor();
        }
        assertThat(Files.readAllBytes(db())).isEqualTo(bytes);
    }

    @Test
    void aDatabaseLockedDuringTheRunIsLeftAsItWas() throws Exception {
        Collection collection = Collection.random(3, 20);
        collection.write(CollectionFormat.SQLITE, out, Collection.options());
        byte[] bytes = Files.readAllBytes(db());
        for (Previous previous : Previous.values()) {
            CollectionWriter writer = CollectionWriter.open(CollectionFormat.SQLITE, out, Collection.options(), previous);
            try (writer; Connection other = SqliteFile.connect(db(), 0); Statement statement = other.createStatement()) {
                statement.execute("BEGIN IMMEDIATE"); // another connection (SQLite tells them apart in one process too)
                writer.put(new Row(0, collection.notes().getFirst().withBody("changed"), collection.graph(collection.notes().getFirst())));
                assertThatThrownBy(writer::finish).isInstanceOfSatisfying(CollectionException.class,
                        e -> assertThat(e.kind()).isEqualTo(CollectionException.Kind.LOCKED));
                statement.execute("ROLLBACK");
            }
            assertThat(Files.readAllBytes(db())).as("%s", previous).isEqualTo(bytes);
            assertThat(MergeTest.temporaryFiles(out)).isEmpty();
        }
    }

    @Test
    void aDatabaseThatAnotherProgramTurnedToWalIsRebuiltAndLeavesNoWal() throws Exception {
        Collection collection = Collection.random(4, 10);
        collection.write(CollectionFormat.SQLITE, out, Collection.options());
        try (Connection other = SqliteFile.connect(db(), 0); Statement statement = other.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("INSERT INTO smartnotes_meta VALUES ('note', 'in the WAL')");
        }
        try (CollectionWriter writer = CollectionWriter.open(CollectionFormat.SQLITE, out, Collection.options(), Previous.MERGE)) {
            assertThat(writer.merging()).isFalse(); // a copy of the file alone would miss what its WAL holds
            collection.putAll(writer, 2);
            writer.finish();
        }
        assertThat(Files.exists(out.resolve("notes.sqlite-wal"))).isFalse();
        assertThat(Db.value(db(), "SELECT count(*) FROM notes")).isEqualTo(10);
        assertThat(Db.column(db(), "PRAGMA journal_mode")).containsExactly("delete");
    }
}
