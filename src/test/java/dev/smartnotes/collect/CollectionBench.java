package dev.smartnotes.collect;

import dev.smartnotes.export.FileWriter;
import dev.smartnotes.render.CsvOptions;
import dev.smartnotes.render.JsonRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * What the single writer of a collection file costs: N synthetic notes (made beforehand, so that
 * only writing is timed) through each collection writer, batched (one transaction per batch for
 * SQLite) and naive (batches of one row: one transaction per row), from one producer and from a
 * virtual thread per note (at most 1000 at once, as the export's memory budget allows), against the
 * per-note JSON files of the same notes (one virtual thread per file), and against a plain JDBC
 * program with SQLite's default settings (one transaction per note, on the first 2,000 notes). Prints the median of a few
 * rounds after a warm-up round. Run it with
 * <pre>./mvnw -B -q -o -Dsmartnotes.dist.skip=true test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     "-Dexec.args=-cp %classpath dev.smartnotes.collect.CollectionBench 10000 1000 3"</pre>
 * (notes, body bytes, rounds).
 */
public final class CollectionBench {
    private static final int IN_FLIGHT = 1000;

    private CollectionBench() {}

    record Timing(double wallSeconds, double writerSeconds) {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int bodyBytes = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path work = Files.createTempDirectory("smartnotes-bench-");
        try {
            List<Row> warmup = rows(Math.min(count, 2000), bodyBytes);
            List<Row> rows = rows(count, bodyBytes);
            jsonFiles(warmup, work.resolve("warmup"));
            for (CollectionFormat format : CollectionFormat.values()) {
                for (int batch : new int[] {Options.BATCH_ROWS, 1}) {
                    write(format, warmup, work, batch, IN_FLIGHT);
                }
            }
            System.out.printf("%,d notes of %,d body bytes, median of %d rounds, %d cores%n", count, bodyBytes, rounds,
                    Runtime.getRuntime().availableProcessors());
            double json = median(rounds, () -> jsonFiles(rows, work.resolve("json"))).wallSeconds();
            System.out.printf("%-13s %-28s %-10s %9s %9s %10s %8s%n", "file", "writer", "producers", "wall s", "writer s", "notes/s", "× json");
            System.out.printf("%-13s %-28s %-10s %9.3f %9s %,10.0f %8.2f%n", "json/*.json", "a file per note", "virtual", json, "-",
                    count / json, 1.0);
            int few = Math.min(count, 2000);
            Timing plain = median(rounds, () -> plainJdbc(rows.subList(0, few), work.resolve("plain.sqlite")));
            System.out.printf("%-13s %-28s %-10s %9.3f %9s %,10.0f %8.2f   (%,d notes, timed; %,d notes: about %.1f s)%n", "notes.sqlite",
                    "plain JDBC, SQLite defaults", "1", plain.wallSeconds(), "-", few / plain.wallSeconds(),
                    plain.wallSeconds() * count / few / json, few, count, plain.wallSeconds() * count / few);
            for (CollectionFormat format : CollectionFormat.values()) {
                for (int batch : new int[] {Options.BATCH_ROWS, 1}) {
                    for (int producers : new int[] {IN_FLIGHT, 1}) {
                        Timing t = median(rounds, () -> write(format, rows, work, batch, producers));
                        System.out.printf("%-13s %-28s %-10s %9.3f %9.3f %,10.0f %8.2f%n", format.fileName(),
                                batch == 1 ? "naive: 1 row per batch" : "batched: " + batch + " rows", producers == 1 ? "1" : "virtual",
                                t.wallSeconds(), t.writerSeconds(), count / t.wallSeconds(), t.wallSeconds() / json);
                    }
                }
            }
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static List<Row> rows(int count, int bodyBytes) {
        Synthetic synthetic = new Synthetic(bodyBytes);
        List<Row> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(synthetic.row(i, count));
        }
        return rows;
    }

    static Timing write(CollectionFormat format, List<Row> rows, Path folder, int batch, int producers) throws Exception {
        Options options = Options.of(CsvOptions.DEFAULT, false, false, false).withBatchRows(batch);
        long start = System.nanoTime();
        try (CollectionWriter writer = CollectionWriter.open(format, folder, options, Previous.REPLACE)) {
            if (producers == 1) {
                for (Row row : rows) {
                    writer.put(row);
                }
            } else {
                run(rows.size(), i -> writer.put(rows.get(i)));
            }
            writer.finish();
            return new Timing((System.nanoTime() - start) / 1e9, BoundedMemoryTest.pipe(writer).busyNanos() / 1e9);
        }
    }

    /**
     * What a program that knows nothing of this package would do: the same tables, SQLite's default
     * settings (a journal file, synced at each commit), one transaction per note, from one thread.
     */
    static Timing plainJdbc(List<Row> rows, Path file) throws Exception {
        Files.deleteIfExists(file);
        long start = System.nanoTime();
        try (java.sql.Connection db = SqliteFile.connect(file, 0); java.sql.Statement schema = db.createStatement()) {
            for (String ddl : SqliteSchema.DDL) {
                schema.execute(ddl);
            }
            db.setAutoCommit(false);
            var notes = db.prepareStatement("INSERT INTO notes (path, id, title, created, updated, fields, body) VALUES (?, ?, ?, ?, ?, ?, ?)");
            var tags = db.prepareStatement("INSERT INTO tags (note, position, tag) VALUES (?, ?, ?)");
            var links = db.prepareStatement("INSERT INTO links (note, target, kind, resolved) VALUES (?, ?, ?, ?)");
            for (Row row : rows) {
                var note = row.note();
                notes.setString(1, note.path());
                notes.setString(2, note.id());
                notes.setString(3, note.title());
                notes.setObject(4, note.created());
                notes.setObject(5, note.updated());
                notes.setString(6, dev.smartnotes.notes.NoteJson.compact(note.fields()));
                notes.setString(7, note.body().text());
                notes.executeUpdate();
                for (int i = 0; i < note.tags().size(); i++) {
                    tags.setString(1, note.path());
                    tags.setInt(2, i);
                    tags.setString(3, note.tags().get(i));
                    tags.executeUpdate();
                }
                for (LinkRow link : row.links()) {
                    links.setString(1, note.path());
                    links.setString(2, link.target());
                    links.setString(3, link.kind().word());
                    links.setBoolean(4, link.resolved());
                    links.executeUpdate();
                }
                db.commit();
            }
        }
        return new Timing((System.nanoTime() - start) / 1e9, 0);
    }

    static Timing jsonFiles(List<Row> rows, Path folder) throws Exception {
        deleteTree(folder);
        Files.createDirectories(folder);
        FileWriter files = new FileWriter(folder, 256, false);
        JsonRenderer json = new JsonRenderer();
        long start = System.nanoTime();
        run(rows.size(), i -> files.write(rows.get(i).note().path().replace(".md", ".json"), json.render(rows.get(i).note(), rows.get(i).graph())));
        return new Timing((System.nanoTime() - start) / 1e9, 0);
    }

    interface Task {
        void run(int index) throws Exception;
    }

    /** One virtual thread per index, started in order, at most {@value #IN_FLIGHT} at once. */
    private static void run(int count, Task task) throws Exception {
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                inFlight.acquire();
                int index = i;
                executor.submit(() -> {
                    try {
                        task.run(index);
                    } finally {
                        inFlight.release();
                    }
                    return null;
                });
            }
        }
    }

    interface Measured {
        Timing run() throws Exception;
    }

    private static Timing median(int rounds, Measured measured) throws Exception {
        Timing[] timings = new Timing[rounds];
        for (int i = 0; i < rounds; i++) {
            timings[i] = measured.run();
        }
        Arrays.sort(timings, java.util.Comparator.comparingDouble(Timing::wallSeconds));
        return timings[rounds / 2];
    }

    private static void deleteTree(Path folder) throws Exception {
        if (Files.exists(folder)) {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
