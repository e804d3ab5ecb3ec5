package dev.smartnotes.cli;

import dev.smartnotes.export.ExportException;
import dev.smartnotes.export.ExportRequest;
import dev.smartnotes.export.Exporter;
import dev.smartnotes.export.Latency;
import dev.smartnotes.export.Mode;
import dev.smartnotes.export.NoteFilter;
import dev.smartnotes.export.Progress;
import dev.smartnotes.notes.Problem;
import dev.smartnotes.notes.SampleGenerator;
import dev.smartnotes.render.CsvOptions;
import dev.smartnotes.report.CompareReport;
import dev.smartnotes.report.Report;
import dev.smartnotes.report.ReportPrinter;
import dev.smartnotes.report.RunReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code smartnotes export}: builds an {@link ExportRequest} and hands it to the {@link Exporter}. */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Exports every note to Markdown, JSON and CSV, one file per note and format, and reports how long it took.",
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
    static final int DEFAULT_MAX_OPEN = 256;

    @Spec
    CommandSpec spec;

    @ParentCommand
    SmartNotes parent;

    @Option(names = "--notes", paramLabel = "PATH",
            description = "A notes folder (searched recursively for *.md) or a JSON file of notes. Default: ./notes, "
                    + "or the built-in demo collection when there is no ./notes.")
    Path notes;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "export",
            description = "The output folder; one sub-folder per format. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "all",
            description = "${COMPLETION-CANDIDATES}; repeatable or comma-separated. Default: ${DEFAULT-VALUE}.")
    List<FormatChoice> formats;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "concurrent",
            description = "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Mode mode;

    @Mixin
    ThreadsOptions pool;

    @Option(names = "--latency", paramLabel = "D", converter = Converters.LatencyConverter.class, defaultValue = "0ms",
            description = "Simulated storage latency: each write waits D after the file is written, e.g. 100ms, 1s, "
                    + "or a range 50ms..150ms drawn per task.")
    Latency latency;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed for the latency drawn from a range. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--fsync", description = "Wait until the disk confirms each file (and its folder): real blocking I/O.")
    boolean fsync;

    @Option(names = "--max-open", paramLabel = "N", defaultValue = "" + DEFAULT_MAX_OPEN,
            description = "At most N output files open at once. Default: ${DEFAULT-VALUE}.")
    int maxOpen;

    @Option(names = "--max-note-size", paramLabel = "SIZE", converter = Converters.SizeConverter.class, defaultValue = "10MB",
            description = "Refuse notes larger than this. Default: ${DEFAULT-VALUE}.")
    long maxNoteSize;

    @Option(names = "--force", description = "Export into a folder that holds files SmartNotes did not write.")
    boolean force;

    @Option(names = "--csv-raw", description = "Do not guard CSV cells that spreadsheets would run as formulas.")
    boolean csvRaw;

    @Option(names = "--csv-bom", description = "Start each CSV file with a UTF-8 byte-order mark, for spreadsheet programs.")
    boolean csvBom;

    @Option(names = "--incremental",
            description = "Write only notes whose content or export options changed since the last export into --out.")
    boolean incremental;

    @Option(names = "--prune", description = "Remove the outputs of notes that are no longer in the collection.")
    boolean prune;

    @Option(names = "--dry-run", description = "List what would be written and removed, and write nothing.")
    boolean dryRun;

    @Option(names = "--tag", paramLabel = "TAG", description = "Only notes with this tag (repeatable: any of them, or all with --all-tags).")
    Set<String> tags = new LinkedHashSet<>();

    @Option(names = "--all-tags", description = "With several --tag, only notes that have every one of them.")
    boolean allTags;

    @Option(names = "--skip-tag", paramLabel = "TAG", description = "Leave out notes with this tag (repeatable).")
    Set<String> skipTags = new LinkedHashSet<>();

    @Option(names = "--since", paramLabel = "DATE",
            description = "Only notes updated on or after DATE (yyyy-mm-dd): the updated field, else created, else the file's time.")
    LocalDate since;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Only notes whose relative path matches (repeatable), e.g. 'projects/**' or '*.md'.")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Leave out notes whose relative path matches (repeatable).")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--report", paramLabel = "FORMAT", defaultValue = "text",
            description = "How to print the run report: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    ReportFormat report;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print more detail: the settings, unchanged and removed files, stack traces.")
    boolean verbose;

    enum ReportFormat { text, json }

    /** Where notes are looked for when --notes is not given; tests point it elsewhere. */
    Path defaultNotes = Path.of("notes");

    @Override
    public Integer call() throws ExportException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        ExportRequest request = request(err);
        if (verbose) {
            err.printf("smartnotes: exporting %s into %s: formats %s, mode %s%s, latency %s%s, at most %d files open%s%n",
                    request.notes() == null ? "the demo collection" : request.notes(), request.out(), request.formats(), request.mode(),
                    request.mode() == Mode.THREADS || request.mode() == Mode.COMPARE ? " (" + request.threads() + " threads)" : "",
                    request.latency(), request.fsync() ? ", fsync" : "", request.maxOpen(),
                    request.incremental() ? ", incremental" : "");
        }
        Progress progress = TerminalProgress.forStderr(quiet || dryRun);
        Report result;
        try {
            result = Exporter.export(request, parent.control, progress);
        } finally {
            progress.finish();
        }
        problems(result).forEach(err::println);
        if (result.interruption() != null) {
            err.println("smartnotes: " + result.interruption() + ": stopped early; every file written is complete");
        }
        if (verbose && result instanceof RunReport run && !run.dryRun()) {
            run.removedFiles().forEach(f -> err.println("smartnotes: removed " + f));
        }
        err.flush();
        if (!quiet) {
            if (report == ReportFormat.json) {
                ReportPrinter.json(result, out);
            } else {
                ReportPrinter.text(result, out);
            }
        }
        if (parent.signals.exitCode() != 0) {
            return parent.signals.exitCode();
        }
        return result.failed() || result.interruption() != null ? ExitCodes.FAILED : ExitCodes.OK;
    }

    private ExportRequest request(PrintWriter err) {
        Path source = notes;
        if (source == null) {
            if (Files.isDirectory(defaultNotes)) {
                source = defaultNotes;
            } else if (!quiet) {
                err.println("smartnotes: no ./notes folder here, so exporting the built-in demo collection of "
                        + SampleGenerator.DEMO_COUNT + " notes (pass --notes DIR for yours, or run `smartnotes sample`)");
            }
        } else if (!Files.exists(source)) {
            throw new ParameterException(spec.commandLine(), "no notes at " + source
                    + ": pass --notes with a folder of .md files or a .json file, or run `smartnotes sample --out " + source + "`");
        }
        if (maxOpen < 1) {
            throw new ParameterException(spec.commandLine(), "--max-open must be at least 1");
        }
        if (quiet && verbose) {
            throw new ParameterException(spec.commandLine(), "--quiet and --verbose do not go together");
        }
        for (String glob : include.isEmpty() && exclude.isEmpty() ? List.<String>of() : java.util.stream.Stream.concat(include.stream(), exclude.stream()).toList()) {
            try {
                java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + glob);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "'" + glob + "' is not a valid glob: " + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        NoteFilter filter = new NoteFilter(tags, allTags, skipTags, since, include, exclude);
        return new ExportRequest(source, out, FormatChoice.formats(formats), mode, pool.threads(), latency, seed, fsync, maxOpen,
                maxNoteSize, force, new CsvOptions(csvRaw, csvBom), filter, incremental, prune, dryRun);
    }

    private static List<Problem> problems(Report report) {
        // Not a pattern switch, which would spin a class at run time on every export (see ExportTask.NoteTask).
        if (report instanceof CompareReport compare) {
            return compare.runs().isEmpty() ? List.of() : compare.runs().getFirst().problems();
        }
        return ((RunReport) report).problems();
    }
}
