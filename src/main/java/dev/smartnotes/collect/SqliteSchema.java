package dev.smartnotes.collect;

import java.util.List;

/**
 * The tables of {@code notes.sqlite}. A note's path is its key: {@code path} is unique and every
 * other table names notes by it. {@code docid}, the rowid, is the key of the full-text index (an FTS5
 * external-content index over {@code notes}, kept in step by triggers): an explicit INTEGER PRIMARY
 * KEY, so that a VACUUM, which may renumber implicit rowids, cannot pull the index apart from its notes.
 */
final class SqliteSchema {
    private SqliteSchema() {}

    /** The header's application id: "SmNt". A file without it is not ours. */
    static final int APPLICATION_ID = 0x536D4E74;

    /** The header's user version: the schema below. A file of another version is rebuilt, never merged into. */
    static final int VERSION = 1;

    static final List<String> DDL = List.of(
            "PRAGMA application_id = " + APPLICATION_ID,
            "PRAGMA user_version = " + VERSION,
            "CREATE TABLE smartnotes_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "INSERT INTO smartnotes_meta VALUES ('writer', 'smartnotes'), ('version', '" + VERSION + "')",
            """
            CREATE TABLE notes (
                docid INTEGER PRIMARY KEY,
                path TEXT NOT NULL UNIQUE,
                id TEXT,
                title TEXT NOT NULL,
                created, -- no type: an integer stays an integer, a text a text
                updated,
                fields TEXT NOT NULL, -- the other front-matter fields, one JSON object
                body TEXT NOT NULL)""",
            """
            CREATE TABLE tags (
                note TEXT NOT NULL REFERENCES notes (path) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                tag TEXT NOT NULL,
                PRIMARY KEY (note, position)) WITHOUT ROWID""",
            "CREATE INDEX tags_tag ON tags (tag)",
            """
            CREATE TABLE links (
                note TEXT NOT NULL REFERENCES notes (path) ON DELETE CASCADE,
                target TEXT NOT NULL, -- a vault path when resolved, else the target as written
                kind TEXT NOT NULL CHECK (kind IN ('link', 'embed')),
                resolved INTEGER NOT NULL CHECK (resolved IN (0, 1)),
                PRIMARY KEY (note, target, kind)) WITHOUT ROWID""",
            "CREATE INDEX links_target ON links (target)",
            "CREATE TABLE attachments (path TEXT PRIMARY KEY, size INTEGER NOT NULL, modified INTEGER NOT NULL, sha256 TEXT NOT NULL) WITHOUT ROWID",
            """
            CREATE VIEW backlinks (target, source) AS
                SELECT DISTINCT links.target, links.note FROM links JOIN notes ON notes.path = links.target WHERE links.resolved""",
            "CREATE VIRTUAL TABLE notes_fts USING fts5 (path UNINDEXED, title, body, content = 'notes', content_rowid = 'docid')",
            """
            CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
                INSERT INTO notes_fts (rowid, path, title, body) VALUES (new.docid, new.path, new.title, new.body);
            END""",
            """
            CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
                INSERT INTO notes_fts (notes_fts, rowid, path, title, body) VALUES ('delete', old.docid, old.path, old.title, old.body);
            END""",
            """
            CREATE TRIGGER notes_fts_update AFTER UPDATE ON notes BEGIN
                INSERT INTO notes_fts (notes_fts, rowid, path, title, body) VALUES ('delete', old.docid, old.path, old.title, old.body);
                INSERT INTO notes_fts (rowid, path, title, body) VALUES (new.docid, new.path, new.title, new.body);
            END""");
}
