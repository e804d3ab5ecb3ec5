package dev.smartnotes.report;

import java.util.List;

/**
 * The runs of {@code smartnotes bench}: one row per (notes, latency, mode), in the order they ran.
 *
 * @param cores the machine's CPU cores, as the JVM sees them
 * @param machine the operating system, architecture and Java version, such as {@code Linux amd64, Java 25}
 * @param threads the pool size of the threads mode
 * @param formats the formats written per note, such as {@code [md, json, csv]}
 * @param maxSeconds runs whose latency alone would take longer than this were skipped
 * @param interruption why the sweep stopped early, or null
 */
public record BenchReport(int cores, String machine, int threads, List<String> formats, double maxSeconds, List<Row> rows, String interruption) {

    public BenchReport {
        formats = List.copyOf(formats);
        rows = List.copyOf(rows);
    }

    /**
     * One export of the sweep.
     *
     * @param latency the latency as given, such as {@code 100ms}
     * @param latencyNanos the (lower) latency of one write, for ordering and estimates
     * @param leastSeconds the least the run can take: the latency it has to wait out, one write after another per thread
     * @param run the run's numbers, or null when it was skipped for taking too long
     */
    public record Row(int notes, String latency, long latencyNanos, String mode, double leastSeconds, RunReport run) {
        public boolean skipped() {
            return run == null;
        }
    }

    /**
     * How many times faster than the sequential run of the same notes and latency.
     *
     * @param atLeast the sequential run was skipped, so this compares with the least it would have taken
     */
    public record Speedup(double times, boolean atLeast) {}

    /** The speedup of a row that ran, or null when there is nothing to compare with. */
    public Speedup speedup(Row row) {
        if (row.skipped() || row.run().wallNanos() == 0) {
            return null;
        }
        Row baseline = rows.stream()
                .filter(r -> r.mode().equals("sequential") && r.notes() == row.notes() && r.latency().equals(row.latency()))
                .findFirst().orElse(null);
        if (baseline == null) {
            return null;
        }
        return baseline.skipped()
                ? new Speedup(baseline.leastSeconds() / row.run().wallSeconds(), true)
                : new Speedup(baseline.run().wallSeconds() / row.run().wallSeconds(), false);
    }

    /** The swept note counts, in ascending order. */
    public List<Integer> counts() {
        return rows.stream().map(Row::notes).distinct().sorted().toList();
    }

    /** The swept modes, in the order they ran. */
    public List<String> modes() {
        return rows.stream().map(Row::mode).distinct().toList();
    }

    /** The swept latencies, from the smallest to the largest. */
    public List<String> latencies() {
        return rows.stream().sorted(java.util.Comparator.comparingLong(Row::latencyNanos)).map(Row::latency).distinct().toList();
    }
}
