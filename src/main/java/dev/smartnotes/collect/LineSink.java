package dev.smartnotes.collect;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The writer's side of {@code notes.csv} or {@code notes.jsonl}, on the pipe's thread. Replacing,
 * rows stream into the temporary file as they come (in order). Merging, they stream into a spool
 * file beside it; at the end the earlier file and the spool, both in path order, are merged into the
 * temporary file, leaving out the rows of removed notes and the old rows of notes put again. If that
 * changes nothing, the earlier file stays and the temporary one is deleted. A dry run counts bytes
 * instead of writing them ({@code temp} null; a merge's spool then goes to the system's temporary folder).
 */
final class LineSink implements Building.Sink {
    private final LineFormat format;
    private final Path target;
    private final Path temp;
    private final Path spool;
    private final Counter out;
    /** Merging: the spool's rows (path, length, bytes) over {@link #out}. */
    private final DataOutputStream spooled;
    private final Set<String> removed = new HashSet<>();
    private long rows;
    private long removedRows;
    private boolean changed;

    LineSink(LineFormat format, Path target, Path temp, boolean merging) throws IOException {
        this.format = format;
        this.target = target;
        this.temp = temp;
        this.spool = !merging ? null : temp != null ? Places.temp(target, ".rows") : Files.createTempFile("smartnotes-", ".rows");
        Path file = spool != null ? spool : temp;
        this.out = new Counter(file == null ? OutputStream.nullOutputStream()
                : Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE));
        this.spooled = spool != null ? new DataOutputStream(out) : null;
        if (spool == null) {
            out.write(format.header());
        }
    }

    @Override
    public void write(List<Item> batch) throws IOException {
        for (Item item : batch) {
            switch (item) {
                case Item.Put(long index, Item.Line line) when spooled != null -> {
                    spooled.writeUTF(line.path()); // modified UTF-8: any text, a lone surrogate too
                    spooled.writeInt(line.bytes().length);
                    spooled.write(line.bytes());
                    rows++;
                }
                case Item.Put(long index, Item.Line line) -> {
                    out.write(line.bytes());
                    rows++;
                }
                case Item.Remove remove -> removed.add(remove.path());
                default -> {} // attachments: not in these files
            }
        }
    }

    @Override
    public void end() throws IOException {
        out.close();
        if (spool == null) {
            changed = true;
            return;
        }
        if (rows > 0 || !removed.isEmpty()) {
            merge();
        }
        Places.delete(spool);
        if (!changed) {
            Places.delete(temp);
        }
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
        return removedRows;
    }

    @Override
    public long bytes() {
        return changed ? out.count : 0;
    }

    @Override
    public void abort() {
        try {
            out.close();
        } catch (IOException e) {
            // being thrown away
        }
        Places.delete(spool);
    }

    private void merge() throws IOException {
        Counter merged = new Counter(temp != null ? Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
                : OutputStream.nullOutputStream());
        try (merged; LineFormat.Rows before = format.read(target); DataInputStream after = new DataInputStream(
                new java.io.BufferedInputStream(Files.newInputStream(spool), 1 << 16))) {
            merged.write(format.header());
            Item.Line old = before.next();
            Item.Line fresh = next(after);
            while (old != null || fresh != null) {
                int order = old == null ? 1 : fresh == null ? -1 : old.path().compareTo(fresh.path());
                if (order < 0) {
                    if (removed.contains(old.path())) {
                        changed = true;
                        removedRows++;
                    } else {
                        merged.write(old.bytes());
                    }
                    old = before.next();
                    continue;
                }
                String path = fresh.path(); // put again (order 0) or new: every old row of the path gives way to the new ones
                List<byte[]> olds = new ArrayList<>(1);
                for (; old != null && old.path().equals(path); old = before.next()) {
                    olds.add(old.bytes());
                }
                List<byte[]> fresher = new ArrayList<>(1);
                for (; fresh != null && fresh.path().equals(path); fresh = next(after)) {
                    fresher.add(fresh.bytes());
                    merged.write(fresh.bytes());
                }
                changed |= olds.size() != fresher.size() || !allEqual(olds, fresher);
            }
        }
        out.count = merged.count;
    }

    private static boolean allEqual(List<byte[]> a, List<byte[]> b) {
        for (int i = 0; i < a.size(); i++) {
            if (!Arrays.equals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static Item.Line next(DataInputStream spool) throws IOException {
        String path;
        try {
            path = spool.readUTF();
        } catch (EOFException e) {
            return null;
        }
        return new Item.Line(path, spool.readNBytes(spool.readInt()));
    }

    /** A buffered stream that counts the bytes written through it. */
    private static final class Counter extends FilterOutputStream {
        long count;

        Counter(OutputStream out) {
            super(new BufferedOutputStream(out, 1 << 16));
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
