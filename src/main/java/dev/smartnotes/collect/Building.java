package dev.smartnotes.collect;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A collection file being built beside its place by one pipe and its sink: {@link #finish} renames it
 * into place once complete (when its content changed), {@link #close} without it aborts and deletes
 * the temporary file, so that the previous file stays as it was. The lifecycle both writers share.
 */
final class Building implements AutoCloseable {
    /** The pipe's sink, and what it tells the report once it has ended. */
    interface Sink extends Pipe.Sink {
        /** Whether the file changed (and is to be renamed into place), once ended. */
        boolean changed();

        long rows();

        /** The rows of removed notes that a merge left out. */
        long removed();

        /** The bytes of the file written, once ended (read before the rename, which moves the file). */
        long bytes() throws IOException;

        /** Closes what is open, for an aborted writer (the pipe's thread is gone). */
        void abort();
    }

    /** How the finished file takes the target's place. */
    interface Replace {
        void replace(Path temp, Path target, boolean fsync) throws IOException;
    }

    private final Path target;
    private final Path temp;
    private final boolean fsync;
    private final Sink sink;
    private final Pipe pipe;
    private boolean done;

    /** Starts the pipe's thread; {@code temp} is null in a dry run. */
    Building(Path target, Path temp, boolean fsync, Sink sink, Pipe pipe) {
        this.target = target;
        this.temp = temp;
        this.fsync = fsync;
        this.sink = sink;
        this.pipe = pipe;
        pipe.start();
    }

    /** Waits for the pipe to write everything, then puts the file in place with {@code replace}. */
    Result finish(Replace replace) throws IOException, InterruptedException {
        if (done) {
            throw new IllegalStateException(target + " is already finished or closed");
        }
        try {
            pipe.finish();
            long bytes = sink.bytes();
            if (sink.changed() && temp != null) {
                replace.replace(temp, target, fsync);
            }
            done = true;
            return new Result(target, sink.changed(), bytes, sink.rows(), sink.removed());
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
}
