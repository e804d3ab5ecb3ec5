package dev.smartnotes.collect;

import dev.smartnotes.notes.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The writer of {@code notes.csv} or {@code notes.jsonl}: producers render their rows ({@link
 * LineFormat#encode}) on their own threads, and the pipe's one thread writes them in index order
 * ({@link LineSink}). The file is built beside its place and renamed into place when complete.
 */
final class LineWriter implements CollectionWriter {
    private final LineFormat format;
    private final boolean merging;
    private final Pipe pipe;
    private final Building building;

    private LineWriter(LineFormat format, Path target, Options options, boolean merging) throws IOException {
        this.format = format;
        this.merging = merging;
        Path temp = options.dryRun() ? null : Places.temp(target, "");
        LineSink sink = new LineSink(format, target, temp, merging);
        this.pipe = new Pipe(format.format().fileName(), options, true, sink);
        this.building = new Building(target, temp, options.fsync(), sink, pipe);
    }

    static LineWriter open(LineFormat format, Path folder, Options options, Previous previous) throws IOException {
        Path target = folder.resolve(format.format().fileName());
        boolean merging = previous == Previous.MERGE && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && format.readable(target);
        return new LineWriter(format, target, options, merging);
    }

    @Override
    public boolean merging() {
        return merging;
    }

    @Override
    public Optional<Problem> put(Row row) throws InterruptedException {
        return switch (format.encode(row)) {
            case Item.Refused refused -> {
                pipe.send(new Item.Skip(row.index()));
                yield Optional.of(new Problem(row.note().path(), "not in " + format.format().fileName() + ": " + refused.reason()));
            }
            case Item.Encoded line -> {
                pipe.send(new Item.Put(row.index(), line));
                yield Optional.empty();
            }
        };
    }

    @Override
    public boolean lists(String path, long size, long modified) {
        return true; // it takes no attachments
    }

    @Override
    public void put(AttachmentRow attachment) {
        // only the database lists attachments
    }

    @Override
    public void skip(long index) throws InterruptedException {
        pipe.send(new Item.Skip(index));
    }

    @Override
    public void remove(String path) throws InterruptedException {
        if (merging) {
            pipe.send(new Item.Remove(path));
        }
    }

    @Override
    public Result finish() throws IOException, InterruptedException {
        return building.finish(Places::replace);
    }

    @Override
    public void close() {
        building.close();
    }

    Pipe pipe() {
        return pipe;
    }
}
