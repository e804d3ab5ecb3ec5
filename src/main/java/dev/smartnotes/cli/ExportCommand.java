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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code smartnotes export}: builds an {@link ExportRequest} and hands it to the {@link Exporter}. */
public final class ExportCommand implements Callable<Integer> {
    static final int DEFAULT_MAX_OPEN = 256;

    private final SmartNotes parent;
    final CommandSpec spec;
    final ThreadsOptions pool = new ThreadsOptions();

    Path notes;
    Path out;
    List<FormatChoice> formats;
    Mode mode;
    Latency latency;
    long seed;
    boolean fsync;
    int maxOpen;
    long maxNoteSize;
    boolean force;
    boolean csvRaw;
    boolean csvBom;
    boolean incremental;
    boolean prune;
    boolean dryRun;
    Set<String> tags = new LinkedHashSet<>();
    boolean allTags;
    Set<String> skipTags = new LinkedHashSet<>();
    LocalDate since;
    List<String> include = new ArrayList<>();
    List<String> exclude = new ArrayList<>();
    ReportFormat report;
    boolean quiet;
    boolean verbose;

    enum ReportFormat { text, json }

    /** Where notes are looked for when --notes is not given; tests point it elsewhere. */
    Path defaultNotes = Path.of("notes");

    ExportCommand(SmartNotes parent) {
        this.parent = parent;
        this.spec = spec();
    }

    /** picocli's model of the command, built in code rather than from annotations (see {@link Specs}). */
    private CommandSpec spec() {
        CommandSpec spec = Specs.command(this, "export",
                "Exports every note to Markdown, JSON and CSV, one file per note and format, and reports how long it took.",
                "",
                "Modes: sequential writes one file after another; concurrent (the default) gives every (note, format) task "
                        + "its own virtual thread; threads uses a fixed pool of platform threads; compare runs all three side by side.");
        spec.usageMessage().sortOptions(false).footerHeading("%nExamples:%n").footer(
                "  smartnotes export --format all",
                "  smartnotes export --notes ~/vault --out /tmp/export --format md,json",
                "  smartnotes export --mode compare --latency 100ms",
                "  smartnotes export --mode sequential --latency 50ms..150ms --seed 7 --report json",
                "  smartnotes export --incremental --prune --tag work --since 2026-01-01",
                "  smartnotes export --dry-run --exclude 'journal/**'");
        spec.addOption(Specs.option("--notes", Path.class, () -> notes, v -> notes = v).paramLabel("PATH").converters(Specs.PATH)
                .description("A notes folder (searched recursively for *.md) or a JSON file of notes. Default: ./notes, "
                        + "or the built-in demo collection when there is no ./notes.").build());
        spec.addOption(Specs.option("--out", Path.class, () -> out, v -> out = v).paramLabel("DIR").converters(Specs.PATH).defaultValue("export")
                .description("The output folder; one sub-folder per format. Default: ${DEFAULT-VALUE}.").build());
        spec.addOption(Specs.options("--format", List.class, FormatChoice.class, () -> formats, v -> formats = v).splitRegex(",")
                .paramLabel("FORMAT").defaultValue("all")
                .description("${COMPLETION-CANDIDATES}; repeatable or comma-separated. Default: ${DEFAULT-VALUE}.").build());
        spec.addOption(Specs.option("--mode", Mode.class, () -> mode, v -> mode = v).paramLabel("MODE").defaultValue("concurrent")
                .description("${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.").build());
        pool.addTo(spec);
        spec.addOption(Specs.option("--latency", Latency.class, () -> latency, v -> latency = v).paramLabel("D")
                .converters(new Converters.LatencyConverter()).defaultValue("0ms")
                .description("Simulated storage latency: each write waits D after the file is written, e.g. 100ms, 1s, "
                        + "or a range 50ms..150ms drawn per task.").build());
        spec.addOption(Specs.option("--seed", long.class, () -> seed, v -> seed = v).paramLabel("S").defaultValue("1")
                .description("Seed for the latency drawn from a range. Default: ${DEFAULT-VALUE}.").build());
        spec.addOption(Specs.option("--fsync", boolean.class, () -> fsync, v -> fsync = v)
                .description("Wait until the disk confirms each file (and its folder): real blocking I/O.").build());
        spec.addOption(Specs.option("--max-open", int.class, () -> maxOpen, v -> maxOpen = v).paramLabel("N").defaultValue("" + DEFAULT_MAX_OPEN)
                .description("At most N output files open at once. Default: ${DEFAULT-VALUE}.").build());
        spec.addOption(Specs.option("--max-note-size", long.class, () -> maxNoteSize, v -> maxNoteSize = v).paramLabel("SIZE")
                .converters(new Converters.SizeConverter()).defaultValue("10MB")
                .description("Refuse notes larger than this. Default: ${DEFAULT-VALUE}.").build());
        spec.addOption(Specs.option("--force", boolean.class, () -> force, v -> force = v)
                .description("Export into a folder that holds files SmartNotes did not write.").build());
        spec.addOption(Specs.option("--csv-raw", boolean.class, () -> csvRaw, v -> csvRaw = v)
                .description("Do not guard CSV cells that spreadsheets would run as formulas.").build());
        spec.addOption(Specs.option("--csv-bom", boolean.class, () -> csvBom, v -> csvBom = v)
                .description("Start each CSV file with a UTF-8 byte-order mark, for spreadsheet programs.").build());
        spec.addOption(Specs.option("--incremental", boolean.class, () -> incremental, v -> incremental = v)
                .description("Write only notes whose content or export options changed since the last export into --out.").build());
        spec.addOption(Specs.option("--prune", boolean.class, () -> prune, v -> prune = v)
                .description("Remove the outputs of notes that are no longer in the collection.").build());
        spec.addOption(Specs.option("--dry-run", boolean.class, () -> dryRun, v -> dryRun = v)
                .description("List what would be written and removed, and write nothing.").build());
        spec.addOption(Specs.options("--tag", Set.class, String.class, () -> tags, v -> tags = v).paramLabel("TAG")
                .description("Only notes with this tag (repeatable: any of them, or all with --all-tags).").build());
        spec.addOption(Specs.option("--all-tags", boolean.class, () -> allTags, v -> allTags = v)
                .description("With several --tag, only notes that have every one of them.").build());
        spec.addOption(Specs.options("--skip-tag", Set.class, String.class, () -> skipTags, v -> skipTags = v).paramLabel("TAG")
                .description("Leave out notes with this tag (repeatable).").build());
        spec.addOption(Specs.option("--since", LocalDate.class, () -> since, v -> since = v).paramLabel("DATE").converters(Specs.DATE)
                .description("Only notes updated on or after DATE (yyyy-mm-dd): the updated field, else created, else the file's time.").build());
        spec.addOption(Specs.options("--include", List.class, String.class, () -> include, v -> include = v).paramLabel("GLOB")
                .description("Only notes whose relative path matches (repeatable), e.g. 'projects/**' or '*.md'.").build());
        spec.addOption(Specs.options("--exclude", List.class, String.class, () -> exclude, v -> exclude = v).paramLabel("GLOB")
                .description("Leave out notes whose relative path matches (repeatable).").build());
        spec.addOption(Specs.option("--report", ReportFormat.class, () -> report, v -> report = v).paramLabel("FORMAT").defaultValue("text")
                .description("How to print the run report: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.").build());
        spec.addOption(Specs.option("-q", boolean.class, () -> quiet, v -> quiet = v).names("-q", "--quiet")
                .description("Print only errors.").build());
        spec.addOption(Specs.option("-v", boolean.class, () -> verbose, v -> verbose = v).names("-v", "--verbose")
                .description("Print more detail: the settings, unchanged and removed files, stack traces.").build());
        Specs.standardHelpOptions(spec);
        return spec;
    }

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
        return new ExportRequest(source, out, FormatChoice.formats(formats), mode, pool.threads(spec), latency, seed, fsync, maxOpen,
                maxNoteSize, force, new CsvOptions(csvRaw, csvBom), filter, incremental, prune, dryRun);
    }

    private static List<Problem> problems(Report report) {
        // Not a pattern switch, which would spin a class at run time on every export (see ExportTask.NoteTask).
        if (report instanceof CompareReport compare) {
            return compare.runs().isEmpty() ? List.of() : compare.runs().getFirst().problems();
        } else if (report instanceof RunReport run) {
            return run.problems();
        }
        throw new AssertionError("unknown " + report);
    }
}
