package dev.smartnotes.cli;

import dev.smartnotes.export.ExportException;
import dev.smartnotes.export.ExportRequest;
import dev.smartnotes.export.Exporter;
import dev.smartnotes.export.Mode;
import dev.smartnotes.export.OpenFiles;
import dev.smartnotes.export.Progress;
import dev.smartnotes.notes.Problem;
import dev.smartnotes.notes.SampleGenerator;
import dev.smartnotes.report.CompareReport;
import dev.smartnotes.report.Report;
import dev.smartnotes.report.ReportPrinter;
import dev.smartnotes.report.RunReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code smartnotes export}: builds an {@link ExportRequest}, hands it to the {@link Exporter} and prints the report. */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Exports every note to Markdown, JSON and CSV, one file per note and format (or into one CSV table, JSON Lines file "
                    + "or SQLite database for the whole collection), and reports how long it took.",
            "",
            "Modes: sequential writes one file after another; concurrent (the default) gives every (note, format) task "
                    + "its own virtual thread; threads uses a fixed pool of platform threads; compare runs all three side by side.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  smartnotes export --format all",
            "  smartnotes export --notes ~/vault --out /tmp/export --format md,json",
            "  smartnotes export --mode compare --latency 100ms",
            "  smartnotes export --mode sequential --latency 50ms..150ms --seed 7 --report json",
            "  smartnotes export --incremental --prune --tag work --since 2026-01-01",
            "  smartnotes export --dry-run --exclude 'journal/**'",
        })
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Stops a run on Ctrl-C or SIGTERM, and knows the exit code the signal asks for. */
    private final Signals signals;

    ExportCommand(Signals signals) {
        this.signals = signals;
    }

    @ArgGroup(validate = false, heading = "%nNotes and output:%n", order = 1)
    OutputOptions output = new OutputOptions();

    @ArgGroup(validate = false, heading = "%nFormats:%n", order = 2)
    FormatOptions formats = new FormatOptions();

    @ArgGroup(validate = false, heading = "%nModes and timing:%n", order = 3)
    TimingOptions timing = new TimingOptions();

    @ArgGroup(validate = false, heading = "%nFilters:%n", order = 4)
    FilterOptions filters = new FilterOptions();

    @ArgGroup(validate = false, heading = "%nIncremental runs:%n", order = 5)
    IncrementalOptions incremental = new IncrementalOptions();

    @ArgGroup(validate = false, heading = "%nReport:%n", order = 6)
    ReportOptions report = new ReportOptions();

    /** Where notes are looked for when --notes is not given; tests point it elsewhere. */
    Path defaultNotes = Path.of("notes");

    @Override
    public Integer call() throws ExportException {
        PrintWriter err = spec.commandLine().getErr();
        ExportRequest request = request(err);
        if (report.verbose) {
            err.println("smartnotes: " + describe(request));
        }
        Progress progress = TerminalProgress.forStderr(report.quiet || request.dryRun());
        Report result;
        try {
            result = Exporter.export(request, signals.control(), progress);
        } finally {
            progress.finish();
        }
        problems(result).forEach(err::println);
        if (report.verbose && result instanceof RunReport run) {
            run.linkIssues().forEach(err::println);
        }
        if (result.interruption() != null) {
            err.println("smartnotes: " + result.interruption() + ": stopped early; every file written is complete");
        }
        if (report.verbose && result instanceof RunReport run && !run.dryRun()) {
            run.removedFiles().forEach(f -> err.println("smartnotes: removed " + f));
        }
        err.flush();
        if (!report.quiet) {
            PrintWriter out = spec.commandLine().getOut();
            switch (report.format) {
                case json -> ReportPrinter.json(result, out);
                case text -> ReportPrinter.text(result, out);
            }
        }
        if (signals.exitCode() != 0) {
            return signals.exitCode();
        }
        return result.failed() || result.interruption() != null ? ExitCodes.FAILED : ExitCodes.OK;
    }

    private ExportRequest request(PrintWriter err) {
        report.checked(spec);
        Path source = output.notes;
        if (source == null && Files.isDirectory(defaultNotes)) {
            source = defaultNotes;
        } else if (source == null && !report.quiet) {
            err.println("smartnotes: no ./notes folder here, so exporting the built-in demo collection of "
                    + SampleGenerator.DEMO_COUNT + " notes (pass --notes DIR for yours, or run `smartnotes sample`)");
        } else if (source != null && !Files.exists(source)) {
            throw new ParameterException(spec.commandLine(), "no notes at " + source
                    + ": pass --notes with a folder of .md files or a .json file, or run `smartnotes sample --out " + source + "`");
        }
        if (source != null && Files.isRegularFile(source) && !source.getFileName().toString().matches("(?i).*\\.(md|json)")) {
            throw new ParameterException(spec.commandLine(), "--notes " + source + " is neither a folder, a .md note nor a .json file of notes");
        }
        if (timing.maxOpen < 1) {
            throw new ParameterException(spec.commandLine(), "--max-open must be at least 1");
        }
        long limit = OpenFiles.processLimit();
        int maxOpen = OpenFiles.allowed(timing.maxOpen, limit);
        if (limit <= OpenFiles.RESERVE) {
            err.println("smartnotes: this process may open only " + limit + " files (ulimit -n) and needs about " + OpenFiles.RESERVE
                    + " for itself: files may fail with \"Too many open files\"; raise the limit (ulimit -n 256)");
        } else if (maxOpen < timing.maxOpen && report.verbose) {
            err.println("smartnotes: at most " + maxOpen + " files open at once, not " + timing.maxOpen
                    + ": this process may open only " + limit + " (ulimit -n), and needs some for itself");
        }
        return new ExportRequest(source, output.out, formats.rendering(), timing.mode, timing.threads(spec), timing.latency, timing.seed,
                timing.fsync, maxOpen, output.maxNoteSize, output.force, filters.filter(spec), incremental.incremental,
                incremental.prune, incremental.dryRun);
    }

    /** The settings of a run, in one line (for --verbose). */
    private static String describe(ExportRequest request) {
        boolean pool = request.mode() == Mode.THREADS || request.mode() == Mode.COMPARE;
        return "exporting %s into %s: formats %s, mode %s%s, latency %s%s, at most %d files open%s".formatted(
                request.notes() == null ? "the demo collection" : request.notes(), request.out(),
                Stream.concat(request.formats().stream(), request.rendering().collections().stream()).toList(), request.mode(),
                pool ? " (" + request.threads() + " threads)" : "", request.latency(), request.fsync() ? ", fsync" : "",
                request.maxOpen(), request.incremental() ? ", incremental" : "");
    }

    private static List<Problem> problems(Report report) {
        return switch (report) {
            case CompareReport compare -> compare.runs().isEmpty() ? List.of() : compare.runs().getFirst().problems();
            case RunReport run -> run.problems();
        };
    }
}
