package dev.smartnotes.bench;

import dev.smartnotes.notes.IoFailures;
import dev.smartnotes.export.ExportException;
import dev.smartnotes.export.ExportRequest;
import dev.smartnotes.export.Exporter;
import dev.smartnotes.export.Latency;
import dev.smartnotes.export.Mode;
import dev.smartnotes.export.Progress;
import dev.smartnotes.export.Rendering;
import dev.smartnotes.export.RunControl;
import dev.smartnotes.notes.SampleGenerator;
import dev.smartnotes.render.Format;
import dev.smartnotes.report.BenchReport;
import dev.smartnotes.report.RunReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs {@code smartnotes bench}: writes generated notes for each count, then exports them once per
 * (latency, mode) into a folder of its own, skipping runs that could only be slow. A first, untimed
 * export per mode warms the JVM up, so that the first row does not pay for class loading and JIT.
 */
public final class BenchSweep {
    /** The defaults of {@code smartnotes export}. */
    private static final int MAX_OPEN = 256;
    private static final long MAX_NOTE_BYTES = 10L << 20;

    private BenchSweep() {}

    /** Runs the sweep; {@code done} hears of each row as soon as it is measured. */
    public static BenchReport run(BenchRequest request, RunControl control, Consumer<BenchReport.Row> done) throws ExportException {
        boolean temporary = request.work() == null;
        Path work = temporary ? temporaryFolder(request.tempParent()) : request.work();
        try {
            return sweep(request, work, control, done);
        } finally {
            if (temporary) {
                delete(work);
            }
        }
    }

    private static BenchReport sweep(BenchRequest request, Path work, RunControl control, Consumer<BenchReport.Row> done)
            throws ExportException {
        List<Integer> counts = request.counts().stream().distinct().sorted().toList();
        List<BenchReport.Row> rows = new ArrayList<>();
        Path smallest = notes(request, work, counts.getFirst());
        for (Mode mode : request.modes()) {
            export(request, smallest, work.resolve("out/warmup-" + mode), mode, Latency.NONE, control);
        }
        sweep:
        for (int count : counts) {
            Path notes = notes(request, work, count);
            for (Latency latency : request.latencies()) {
                for (Mode mode : request.modes()) {
                    if (control.cancelled()) {
                        break sweep;
                    }
                    double least = leastSeconds((long) count * request.formats().size(), latency, mode, request.threads());
                    RunReport run = least > request.maxSeconds() ? null
                            : export(request, notes, work.resolve("out/" + count + "-" + latency + "-" + mode), mode, latency, control);
                    if (run != null && run.interruption() != null) {
                        break sweep; // a run cut short measures nothing
                    }
                    BenchReport.Row row = new BenchReport.Row(count, latency.toString(), latency.min().toNanos(), mode.toString(), least, run);
                    rows.add(row);
                    done.accept(row);
                }
            }
        }
        List<String> formats = Stream.concat(request.formats().stream().sorted().map(Format::toString),
                request.collections().stream().sorted().map(Object::toString)).toList();
        String machine = System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java " + Runtime.version().feature();
        return new BenchReport(Runtime.getRuntime().availableProcessors(), machine, request.threads(), formats, request.maxSeconds(), rows,
                control.reason());
    }

    /**
     * The least time a run can take: the latency of its writes, waited out one after another on
     * each thread (every write on one thread in sequential mode, all at once in concurrent mode).
     */
    static double leastSeconds(long tasks, Latency latency, Mode mode, int threads) {
        long rounds = switch (mode) {
            case SEQUENTIAL -> tasks;
            case THREADS -> (tasks + threads - 1) / threads;
            case CONCURRENT -> Math.min(tasks, 1);
            case COMPARE -> throw new IllegalArgumentException("bench runs the modes one by one");
        };
        return rounds * latency.min().toNanos() / 1e9;
    }

    private static RunReport export(BenchRequest request, Path notes, Path out, Mode mode, Latency latency, RunControl control)
            throws ExportException {
        ExportRequest export = new ExportRequest(notes, out, Rendering.of(request.formats(), request.collections()), mode, request.threads(), latency,
                request.seed(), false, MAX_OPEN, MAX_NOTE_BYTES, false);
        return (RunReport) Exporter.export(export, control, Progress.NONE);
    }

    /** Writes the first {@code count} generated notes into {@code notes/<count>} (the same notes each time for a seed). */
    private static Path notes(BenchRequest request, Path work, int count) throws ExportException {
        Path folder = work.resolve("notes/" + count);
        try {
            for (SampleGenerator.Sample sample : new SampleGenerator(request.seed()).generate(count)) {
                Path file = folder.resolve(sample.path());
                Files.createDirectories(file.getParent());
                Files.writeString(file, sample.markdown(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new ExportException(ExportException.Kind.IO, "cannot write the bench notes into " + folder + ": " + IoFailures.reason(e));
        }
        return folder;
    }

    private static Path temporaryFolder(Path parent) throws ExportException {
        try {
            return parent == null ? Files.createTempDirectory("smartnotes-bench-") : Files.createTempDirectory(parent, "smartnotes-bench-");
        } catch (IOException e) {
            throw new ExportException(ExportException.Kind.IO, "cannot create a temporary folder for the bench: " + IoFailures.reason(e));
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // Best effort: what is left sits in the temporary folder, which the system clears.
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // The folder is gone already or cannot be listed: nothing more to do.
        }
    }
}
