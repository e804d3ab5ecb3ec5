package dev.smartnotes.collect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The writer's side of {@code notes.sqlite}, on the pipe's thread: one transaction per batch, with
 * a prepared statement per table and JDBC batches. The database is built in the temporary file:
 * new, or (merging) a copy of the earlier one made at the first change, so that a run that changes
 * nothing copies nothing. The temporary file needs no journal on disk and no syncing: a failed run
 * deletes it, and {@code fsync} forces it to disk once, before the rename.
 */
final class SqliteSink implements Building.Sink {
    private static final String UPSERT_NOTE = """
            INSERT INTO notes (path, id, title, created, updated, fields, body) VALUES (?, ?, ?, ?, ?, ?, CAST(? AS TEXT))
            ON CONFLICT (path) DO UPDATE SET id = excluded.id, title = excluded.title, created = excluded.created,
                updated = excluded.updated, fields = excluded.fields, body = excluded.body""";

    private final Path target;
    private final Path temp;
    private final boolean merging;
    private Connection db;
    private PreparedStatement dropTags, dropLinks, notes, tags, links, attachments, dropNote;
    private long rows;
    private long removed;
    private long dryBytes;
    private boolean changed;

    SqliteSink(Path target, Path temp, boolean merging) {
        this.target = target;
        this.temp = temp;
        this.merging = merging;
    }

    @Override
    public void write(List<Item> batch) throws IOException {
        changed = true;
        if (temp == null) { // a dry run
            batch.forEach(item -> dryBytes += item instanceof Item.Put(long i, SqliteNote note) ? note.size() : 0);
            rows += batch.stream().filter(Item.Put.class::isInstance).count();
            return;
        }
        try {
            open();
            for (Item item : batch) {
                switch (item) {
                    case Item.Put(long index, SqliteNote note) -> add(note);
                    case Item.Remove remove -> remove(remove.path());
                    case Item.Attach(AttachmentRow row) -> {
                        attachments.setString(1, row.path());
                        attachments.setLong(2, row.size());
                        attachments.setLong(3, row.modified());
                        attachments.setString(4, row.sha256());
                        attachments.addBatch();
                    }
                    default -> throw new IllegalStateException("not a database item: " + item);
                }
            }
            flush();
            db.commit();
        } catch (SQLException e) {
            throw SqliteFile.failure(target, "write", e);
        }
    }

    private void add(SqliteNote note) throws SQLException {
        if (merging) {
            drop(note.path());
        }
        notes.setString(1, note.path());
        notes.setString(2, note.id());
        notes.setString(3, note.title());
        notes.setObject(4, note.created());
        notes.setObject(5, note.updated());
        notes.setString(6, note.fields());
        notes.setBytes(7, note.body());
        notes.addBatch();
        for (int i = 0; i < note.tags().size(); i++) {
            tags.setString(1, note.path());
            tags.setInt(2, i);
            tags.setString(3, note.tags().get(i));
            tags.addBatch();
        }
        for (LinkRow link : note.links()) {
            links.setString(1, note.path());
            links.setString(2, link.target());
            links.setString(3, link.kind().word());
            links.setBoolean(4, link.resolved());
            links.addBatch();
        }
        rows++;
    }

    private void drop(String path) throws SQLException {
        dropTags.setString(1, path);
        dropTags.addBatch();
        dropLinks.setString(1, path);
        dropLinks.addBatch();
    }

    /** A removal runs after the rows before it in the batch, and at once: it is rare, and a put of the same path may follow. */
    private void remove(String path) throws SQLException {
        flush();
        for (PreparedStatement statement : new PreparedStatement[] {dropTags, dropLinks}) {
            statement.setString(1, path);
            statement.executeUpdate();
        }
        dropNote.setString(1, path);
        removed += dropNote.executeUpdate();
    }

    /** Runs the batched statements, in an order that keeps every table consistent. */
    private void flush() throws SQLException {
        for (PreparedStatement statement : new PreparedStatement[] {dropTags, dropLinks, notes, tags, links, attachments}) {
            statement.executeBatch();
        }
    }

    @Override
    public void end() throws IOException {
        if (temp == null) {
            changed |= !merging;
            return;
        }
        if (merging && !changed) {
            return; // nothing to change: the earlier file stays
        }
        try {
            open();
            try (Statement statement = db.createStatement()) {
                // The table lists the files the notes lead to: those no note leads to any more go.
                statement.executeUpdate("DELETE FROM attachments WHERE path NOT IN (SELECT target FROM links WHERE resolved)");
                db.commit();
                statement.execute("PRAGMA optimize");
            }
            db.close();
            changed = true;
        } catch (SQLException e) {
            throw SqliteFile.failure(target, "write", e);
        }
    }

    private void open() throws SQLException, IOException {
        if (db != null) {
            return;
        }
        if (merging) {
            SqliteFile.copy(target, temp);
        }
        db = SqliteFile.connect(temp, 0);
        try (Statement statement = db.createStatement()) {
            // A file of this run alone: no other connection, so no locks to take per transaction, and no journal file.
            statement.execute("PRAGMA locking_mode = EXCLUSIVE");
            statement.execute("PRAGMA journal_mode = MEMORY");
            statement.execute("PRAGMA synchronous = OFF");
            statement.execute("PRAGMA cache_size = -32768");
            if (!merging) {
                for (String ddl : SqliteSchema.DDL) {
                    statement.execute(ddl);
                }
            }
        }
        db.setAutoCommit(false);
        dropTags = db.prepareStatement("DELETE FROM tags WHERE note = ?");
        dropLinks = db.prepareStatement("DELETE FROM links WHERE note = ?");
        dropNote = db.prepareStatement("DELETE FROM notes WHERE path = ?");
        notes = db.prepareStatement(UPSERT_NOTE);
        tags = db.prepareStatement("INSERT OR REPLACE INTO tags (note, position, tag) VALUES (?, ?, ?)");
        links = db.prepareStatement("INSERT OR REPLACE INTO links (note, target, kind, resolved) VALUES (?, ?, ?, ?)");
        attachments = db.prepareStatement("INSERT OR REPLACE INTO attachments (path, size, modified, sha256) VALUES (?, ?, ?, ?)");
    }

    @Override
    public boolean changed() {
        return changed;
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public long removed() {
        return removed;
    }

    /** In a dry run: the bytes of the values it would hold. */
    @Override
    public long bytes() throws IOException {
        return !changed ? 0 : temp == null ? dryBytes : Files.size(temp);
    }

    @Override
    public void abort() {
        try {
            if (db != null) {
                db.close();
            }
        } catch (SQLException e) {
            // the file is being deleted
        }
    }
}
