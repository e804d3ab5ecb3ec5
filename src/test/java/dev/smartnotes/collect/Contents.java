package dev.smartnotes.collect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What a collection file says, to compare two of them: the bytes of a text file; a database's rows, without its rowids. */
record Contents(List<?> rows) {
    static Contents of(Path file) throws Exception {
        if (!file.getFileName().toString().endsWith(".sqlite")) {
            return new Contents(List.of(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8)));
        }
        return new Contents(List.of(
                Db.rows(file, "SELECT path, id, title, created, updated, fields, body FROM notes ORDER BY path"),
                Db.rows(file, "SELECT * FROM tags ORDER BY note, position"),
                Db.rows(file, "SELECT * FROM links ORDER BY note, target, kind"),
                Db.rows(file, "SELECT * FROM attachments ORDER BY path"),
                Db.rows(file, "SELECT * FROM backlinks ORDER BY target, source"),
                Db.rows(file, "SELECT * FROM smartnotes_meta ORDER BY key")));
    }
}
