package dev.smartnotes.export;

import dev.smartnotes.report.CompareReport;
import dev.smartnotes.report.Report;
import dev.smartnotes.report.RunReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs an export: one run in the requested mode, or, in compare mode, the sequential, threads and
 * concurrent runs one after another on the same notes, each into a sub-folder of --out named after it.
 */
public final class Exporter {
    private static final List<Mode> COMPARED = List.of(Mode.SEQUENTIAL, Mode.THREADS, Mode.CONCURRENT);

    private Exporter() {}

    public static Report export(ExportRequest request, RunControl control, Progress progress) throws ExportException {
        return switch (request.mode()) {
            case SEQUENTIAL, CONCURRENT, THREADS -> ExportRun.run(request, request.mode(), request.out(), control, progress);
            case COMPARE -> compare(request, control, progress);
        };
    }

    private static CompareReport compare(ExportRequest request, RunControl control, Progress progress) throws ExportException {
        Warmup.run(); // the modes compared must not pay for each other's class loading and compilation
        Set<String> folders = COMPARED.stream().map(Mode::toString).collect(Collectors.toSet());
        if (request.dryRun()) {
            OutputFolder.inspect(request.out(), Manifest.Layout.COMPARE, request.notes(), request.force(), folders);
        }
        try (OutputFolder top = request.dryRun() ? null
                : OutputFolder.open(request.out(), Manifest.Layout.COMPARE, request.notes(), request.force(), folders)) {
            List<RunReport> runs = new ArrayList<>();
            for (Mode mode : COMPARED) {
                if (!control.cancelled()) {
                    runs.add(ExportRun.run(request, mode, request.out().resolve(mode.toString()), control, progress));
                }
            }
            return new CompareReport(runs);
        }
    }
}
