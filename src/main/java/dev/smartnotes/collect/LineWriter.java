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
    private final Path target;
    private final Path temp;
    private final Options options;
    private final boolean merging;
    private final LineSink sink;
    private final Pipe pipe;
    private boolean done;

    private LineWriter(LineFormat format, Path target, Options options, boolean merging) throws IOException {
        this.format = format;
        this.target = target;
        this.options = options;
        this.merging = merging;
        this.temp = options.dryRun() ? null : Places.temp(target, "");
        this.sink = new LineSink(format, target, temp, merging);
        this.pipe = new Pipe(format.format().fileName(), options, true, sink);
        pipe.start();
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
        if (done) {
            throw new IllegalStateException(target + " is already finished or closed");
        }
        try {
            pipe.finish();
            if (sink.changed() && temp != null) {
                Places.replace(temp, target, options.fsync());
            }
            done = true;
            return new Result(target, sink.changed(), sink.bytes(), sink.rows(), sink.removed());
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        if (!done) {
            done = true;
            pipe.abort();
            sink.abort();
            Places.delete(temp);
        }
    }

    Pipe pipe() {
        return pipe;
    }
}
