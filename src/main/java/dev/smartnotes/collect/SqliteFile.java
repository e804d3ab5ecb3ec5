package dev.smartnotes.collect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.HashMap;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * {@code notes.sqlite} as a file among others: whose it is (read from its header, without opening
 * it), and the two moments another program's lock matters. "Locked" means another program holds
 * the earlier database for writing: it is about to change what we would copy or replace. Copying
 * it for a merge happens inside a read transaction (no writer can commit meanwhile), and replacing
 * it happens while we hold its write lock ({@code BEGIN IMMEDIATE}), which also rolls back a journal
 * that a crashed writer left, so that no stale journal is ever applied to the new file.
 */
final class SqliteFile {
    private SqliteFile() {}

    /** How long to wait for another program's lock before giving up, in milliseconds. */
    static final int BUSY_MILLIS = 2000;

    /** What the header of an existing file says: SQLite at all, ours, which schema, in WAL mode. */
    record Header(boolean sqlite, int applicationId, int userVersion, boolean wal) {
        static final Header NONE = new Header(false, 0, 0, false);

        boolean ours() {
            return sqlite && applicationId == SqliteSchema.APPLICATION_ID;
        }

        static Header of(Path file) throws IOException {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return NONE;
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(100);
            }
            if (bytes.length < 100 || !new String(bytes, 0, 16, java.nio.charset.StandardCharsets.ISO_8859_1).equals("SQLite format 3\0")) {
                return NONE;
            }
            ByteBuffer header = ByteBuffer.wrap(bytes);
            return new Header(true, header.getInt(68), header.getInt(60), bytes[18] == 2);
        }
    }

    /** A connection to the database file (as a URI: any character of its path is fine). */
    static Connection connect(Path file, int busyMillis) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(busyMillis);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath().toUri());
    }

    /** Copies the earlier database to {@code temp} inside a read transaction: a consistent copy, or a LOCKED failure. */
    static void copy(Path previous, Path temp) throws IOException {
        try (Connection db = connect(previous, BUSY_MILLIS); Statement statement = db.createStatement()) {
            db.setAutoCommit(false);
            statement.executeQuery("SELECT count(*) FROM sqlite_schema").close(); // the read begins: no writer commits until it ends
            Files.copy(previous, temp);
            db.rollback();
        } catch (SQLException e) {
            throw failure(previous, "read", e);
        }
    }

    /** The attachments the database lists, by path (read in one query: a vault has far fewer of them than notes). */
    static Map<String, AttachmentRow> attachments(Path file) throws IOException {
        Map<String, AttachmentRow> rows = new HashMap<>();
        try (Connection db = connect(file, BUSY_MILLIS); Statement statement = db.createStatement();
                ResultSet result = statement.executeQuery("SELECT path, size, modified, sha256 FROM attachments")) {
            while (result.next()) {
                rows.put(result.getString(1), new AttachmentRow(result.getString(1), result.getLong(2), result.getLong(3), result.getString(4)));
            }
        } catch (SQLException e) {
            throw failure(file, "read", e);
        }
        return rows;
    }

    /** Checks that no other program holds the earlier database for writing (when it is one). */
    static void checkUnlocked(Path target) throws IOException {
        holdWhile(target, () -> {});
    }

    /** Renames {@code temp} over the earlier database while holding its write lock. */
    static void replace(Path temp, Path target, boolean fsync) throws IOException {
        holdWhile(target, () -> Places.replace(temp, target, fsync));
    }

    interface Step {
        void run() throws IOException;
    }

    private static void holdWhile(Path target, Step step) throws IOException {
        if (!Header.of(target).sqlite()) {
            step.run(); // nothing SQLite would lock (gone, or foreign and forced)
            return;
        }
        try (Connection db = connect(target, BUSY_MILLIS); Statement statement = db.createStatement()) {
            if (Header.of(target).wal()) { // another program turned WAL on: back to a journal, or its WAL would outlive the file
                statement.execute("PRAGMA journal_mode = DELETE");
            }
            statement.execute("BEGIN IMMEDIATE");
            try {
                step.run();
            } finally {
                statement.execute("ROLLBACK");
            }
        } catch (SQLException e) {
            throw failure(target, "replace", e);
        }
    }

    /** One line for a failure: LOCKED when another program holds the file. */
    static IOException failure(Path file, String doing, SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException x ? x.getResultCode() : null;
        if (code == SQLiteErrorCode.SQLITE_BUSY || code == SQLiteErrorCode.SQLITE_LOCKED
                || code != null && code.name().startsWith("SQLITE_BUSY")) {
            return new CollectionException(CollectionException.Kind.LOCKED, "cannot " + doing + " " + file
                    + ": another program is writing to it (close it and run again); the file is left as it was");
        }
        String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
        return new IOException("cannot " + doing + " " + file + ": " + message, e);
    }
}
