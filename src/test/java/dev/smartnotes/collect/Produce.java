package dev.smartnotes.collect;

import dev.smartnotes.render.CsvOptions;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Writes {@code count} synthetic notes into one collection file, as an export would: the notes are
 * started in list order, each on a virtual thread of its own ({@code producers} > 1; at most that
 * many at once, as the export's memory budget allows about a thousand), or put one after another
 * ({@code producers} = 1). Tests run it in a child JVM (a small heap; a kill mid-way).
 *
 * <pre>Produce FORMAT FOLDER COUNT [PRODUCERS [BATCH_ROWS [REPLACE|MERGE [BODY_BYTES [PAUSE_MILLIS]]]]]</pre>
 */
public final class Produce {
    private Produce() {}

    public static void main(String[] args) throws Exception {
        CollectionFormat format = CollectionFormat.valueOf(args[0]);
        Path folder = Path.of(args[1]);
        long count = Long.parseLong(args[2]);
        int producers = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        int batchRows = args.length > 4 ? Integer.parseInt(args[4]) : Options.BATCH_ROWS;
        Previous previous = args.length > 5 ? Previous.valueOf(args[5]) : Previous.REPLACE;
        int bodyBytes = args.length > 6 ? Integer.parseInt(args[6]) : 200;
        long pause = args.length > 7 ? Long.parseLong(args[7]) : 0;
        Options options = Options.of(CsvOptions.DEFAULT, false, false, false).withBatchRows(batchRows);
        long start = System.nanoTime();
        Result result = run(format, folder, options, previous, count, producers, new Synthetic(bodyBytes), pause, () -> {
            System.out.println("started"); // for a test that kills this JVM mid-way
            System.out.flush();
        });
        System.out.printf("%s: %d rows, %d bytes in %.3f s, max heap %d MiB%n", result.file().getFileName(), result.rows(), result.bytes(),
                (System.nanoTime() - start) / 1e9, Runtime.getRuntime().maxMemory() >> 20);
    }

    static Result run(CollectionFormat format, Path folder, Options options, Previous previous, long count, int producers,
            Synthetic synthetic) throws Exception {
        return run(format, folder, options, previous, count, producers, synthetic, 0, () -> {});
    }

    static Result run(CollectionFormat format, Path folder, Options options, Previous previous, long count, int producers,
            Synthetic synthetic, long pauseMillis, Runnable started) throws Exception {
        try (CollectionWriter writer = CollectionWriter.open(format, folder, options, previous)) {
            if (producers == 1) {
                for (long i = 0; i < count; i++) {
                    put(writer, synthetic, i, count, pauseMillis, started);
                }
            } else {
                java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(producers);
                try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
                    for (long i = 0; i < count; i++) {
                        inFlight.acquire(); // as the export's dispatcher: in list order, a bounded number at once
                        long index = i;
                        executor.submit(() -> {
                            try {
                                put(writer, synthetic, index, count, pauseMillis, started);
                            } finally {
                                inFlight.release();
                            }
                            return null;
                        });
                    }
                }
            }
            return writer.finish();
        }
    }

    private static void put(CollectionWriter writer, Synthetic synthetic, long index, long count, long pauseMillis, Runnable started)
            throws Exception {
        writer.put(synthetic.row(index, count));
        if (index == 0) {
            started.run();
        }
        if (pauseMillis > 0) {
            Thread.sleep(pauseMillis);
        }
    }
}
