package dev.smartnotes.collect;

import dev.smartnotes.notes.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The writer of {@code notes.sqlite}: producers turn their notes into values ({@link SqliteNote})
 * on their own threads; the pipe's one thread writes them ({@link SqliteSink}) in any order, since
 * the tables are keyed by path. The database is built beside its place and renamed into place.
 */
final class SqliteWriter implements CollectionWriter {
    private final Path target;
    private final boolean merging;
    /** Merging: the attachments the earlier file lists, by path. */
    private final Map<String, AttachmentRow> earlier;
    private final Pipe pipe;
    private final Building building;

    private SqliteWriter(Path target, Options options, boolean merging, Map<String, AttachmentRow> earlier) {
        this.target = target;
        this.earlier = earlier;
        this.merging = merging;
        Path temp = options.dryRun() ? null : Places.temp(target, "");
        SqliteSink sink = new SqliteSink(target, temp, merging);
        this.pipe = new Pipe(target.getFileName().toString(), options, false, sink);
        this.building = new Building(target, temp, options.fsync(), sink, pipe);
    }

    /** Refuses a file that is not ours (unless forced) or that another program holds for writing; merges only into one of this schema. */
    static SqliteWriter open(Path folder, Options options, Previous previous) throws IOException {
        Path target = folder.resolve(CollectionFormat.SQLITE.fileName());
        SqliteFile.Header header = SqliteFile.Header.of(target);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !header.ours() && !options.force()) {
            throw new CollectionException(CollectionException.Kind.FOREIGN,
                    target + " is not a database SmartNotes wrote; pass --force to replace it");
        }
        if (!options.dryRun()) {
            SqliteFile.checkUnlocked(target); // now rather than after the whole run
        }
        boolean merging = previous == Previous.MERGE && header.ours() && header.userVersion() == SqliteSchema.VERSION && !header.wal();
        return new SqliteWriter(target, options, merging, merging ? SqliteFile.attachments(target) : Map.of());
    }

    @Override
    public boolean merging() {
        return merging;
    }

    @Override
    public Optional<Problem> put(Row row) throws InterruptedException {
        return switch (SqliteNote.encode(row)) {
            case Item.Refused refused -> Optional.of(new Problem(row.note().path(), "not in " + target.getFileName() + ": " + refused.reason()));
            case Item.Encoded note -> {
                pipe.send(new Item.Put(row.index(), note));
                yield Optional.empty();
            }
        };
    }

    @Override
    public void skip(long index) {
        // the tables have no order
    }

    @Override
    public void remove(String path) throws InterruptedException {
        if (merging) {
            pipe.send(new Item.Remove(path));
        }
    }

    @Override
    public boolean lists(String path, long size, long modified) {
        AttachmentRow row = earlier.get(path);
        return row != null && row.size() == size && row.modified() == modified;
    }

    @Override
    public void put(AttachmentRow attachment) throws InterruptedException {
        pipe.send(new Item.Attach(attachment));
    }

    @Override
    public Result finish() throws IOException, InterruptedException {
        return building.finish(SqliteFile::replace);
    }

    @Override
    public void close() {
        building.close();
    }

    Pipe pipe() {
        return pipe;
    }
}
