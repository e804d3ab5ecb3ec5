package dev.smartnotes.cli;

import dev.smartnotes.bench.BenchRequest;
import dev.smartnotes.bench.BenchSweep;
import dev.smartnotes.export.ExportException;
import dev.smartnotes.export.Latency;
import dev.smartnotes.export.Mode;
import dev.smartnotes.notes.SampleGenerator;
import dev.smartnotes.report.BenchChart;
import dev.smartnotes.report.BenchPrinter;
import dev.smartnotes.report.BenchReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code smartnotes bench}: builds a {@link BenchRequest}, runs the {@link BenchSweep}, prints the table and writes the chart. */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Exports generated notes for every note count × latency × mode, prints the wall times side by side "
                    + "and draws them as an SVG chart.",
            "",
            "Each run exports into a folder of its own; runs whose latency alone would take longer than --max-seconds are "
                    + "skipped and marked as such. The notes and exports go into a temporary folder that is removed afterwards, "
                    + "unless --work is given.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  smartnotes bench",
            "  smartnotes bench --counts 10,100 --latencies 0,50ms --out small.svg",
            "  smartnotes bench --modes sequential,concurrent --max-seconds 10 --work /tmp/bench",
            "  smartnotes bench --json > bench.json",
        })
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Stops a run on Ctrl-C or SIGTERM, and knows the exit code the signal asks for. */
    private final Signals signals;

    BenchCommand(Signals signals) {
        this.signals = signals;
    }

    @Option(names = "--counts", paramLabel = "N", split = ",", defaultValue = "10,100,1000",
            description = "Note counts to sweep. Default: ${DEFAULT-VALUE}.")
    List<Integer> counts;

    @Option(names = "--latencies", paramLabel = "D", split = ",", defaultValue = "0ms,10ms,100ms", converter = Converters.LatencyConverter.class,
            description = "Simulated storage latencies to sweep (as for export --latency). Default: ${DEFAULT-VALUE}.")
    List<Latency> latencies;

    @Option(names = "--modes", paramLabel = "MODE", split = ",", defaultValue = "sequential,threads,concurrent",
            description = "Modes to sweep: sequential, threads, concurrent. Default: ${DEFAULT-VALUE}.")
    List<Mode> modes;

    @Option(names = "--formats", paramLabel = "FORMAT", split = ",", defaultValue = "all",
            description = "${COMPLETION-CANDIDATES}; as for export --format. Default: ${DEFAULT-VALUE}.")
    List<FormatChoice> formats;

    @Mixin
    ThreadsOptions pool;

    @Option(names = "--max-seconds", paramLabel = "S", defaultValue = "60",
            description = "Skip runs whose latency alone would take longer than S seconds: notes × files per note × latency "
                    + "in sequential mode, divided by --threads in threads mode. Default: ${DEFAULT-VALUE}.")
    double maxSeconds;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "bench.svg", description = "Where to write the SVG chart. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--chart-latency", paramLabel = "D", converter = Converters.LatencyConverter.class,
            description = "The latency the chart shows, one of --latencies. Default: the largest.")
    Latency chartLatency;

    @Option(names = "--json", description = "Print the table as one JSON object.")
    boolean json;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + SampleGenerator.DEMO_SEED,
            description = "Seed of the generated notes. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--work", paramLabel = "DIR", description = "Keep the generated notes and the exports in DIR instead of a temporary folder.")
    Path work;

    /** Where the temporary folder is made; tests point it elsewhere. */
    Path tempParent;

    @Override
    public Integer call() throws ExportException {
        BenchRequest request = request();
        String charted = (chartLatency != null ? chartLatency : latencies.stream().max(Comparator.comparing(Latency::min)).orElseThrow())
                .toString();
        PrintWriter err = spec.commandLine().getErr();
        BenchReport report = BenchSweep.run(request, signals.control(), row -> {
            err.printf(Locale.ROOT, "bench: %,d notes, latency %s, %s: %s%n", row.notes(), row.latency(), row.mode(),
                    row.skipped() ? "skipped" : String.format(Locale.ROOT, "%.3f s", row.run().wallSeconds()));
            err.flush();
        });
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            BenchPrinter.json(report, stdout);
        } else {
            BenchPrinter.text(report, stdout);
        }
        try {
            Files.writeString(out, BenchChart.svg(report, charted), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ExportException(ExportException.Kind.IO, "cannot write the chart to --out " + out + ": " + e.getMessage());
        }
        PrintWriter notice = json ? err : stdout;
        notice.printf("Chart (latency %s) written to %s%n", charted, out);
        notice.flush();
        if (signals.exitCode() != 0) {
            return signals.exitCode();
        }
        boolean failed = report.rows().stream().anyMatch(r -> !r.skipped() && r.run().failed());
        return failed || report.interruption() != null ? ExitCodes.FAILED : ExitCodes.OK;
    }

    private BenchRequest request() {
        if (counts.stream().anyMatch(n -> n < 1)) {
            throw new ParameterException(spec.commandLine(), "--counts must all be at least 1");
        }
        if (modes.contains(Mode.COMPARE)) {
            throw new ParameterException(spec.commandLine(), "--modes takes sequential, threads and concurrent (bench compares them itself)");
        }
        if (!(maxSeconds > 0)) {
            throw new ParameterException(spec.commandLine(), "--max-seconds must be more than 0");
        }
        if (chartLatency != null && latencies.stream().noneMatch(l -> l.toString().equals(chartLatency.toString()))) {
            throw new ParameterException(spec.commandLine(), "--chart-latency " + chartLatency + " is not one of --latencies " + latencies);
        }
        if (Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(), "--out " + out + " is a folder; name the SVG file to write");
        }
        return new BenchRequest(counts, latencies.stream().distinct().toList(), modes.stream().distinct().toList(),
                FormatChoice.formats(formats), FormatChoice.collections(formats), pool.threads(spec), maxSeconds, seed, work, tempParent);
    }
}
