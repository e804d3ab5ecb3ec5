package dev.smartnotes.report;

import java.util.List;

/** The runs of compare mode, the sequential baseline first. */
public record CompareReport(List<RunReport> runs) implements Report {
    public CompareReport {
        runs = List.copyOf(runs);
    }

    @Override
    public boolean failed() {
        return runs.stream().anyMatch(RunReport::failed);
    }

    @Override
    public String interruption() {
        return runs.stream().map(RunReport::interruption).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** How many times faster than the sequential run; 0 when there was no sequential run. */
    public double speedup(RunReport run) {
        RunReport baseline = runs.stream().filter(r -> r.mode().equals("sequential")).findFirst().orElse(null);
        return baseline == null || run.wallNanos() == 0 ? 0 : (double) baseline.wallNanos() / run.wallNanos();
    }
}
