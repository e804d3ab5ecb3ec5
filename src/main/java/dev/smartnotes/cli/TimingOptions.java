package dev.smartnotes.cli;

import dev.smartnotes.export.Latency;
import dev.smartnotes.export.Mode;
import picocli.CommandLine.Option;

/** export's "Modes and timing" section: how the tasks run, and the latency that shows why it matters. */
class TimingOptions extends ThreadsOptions {
    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "concurrent", order = 1,
            description = "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Mode mode;

    @Option(names = "--latency", paramLabel = "D", defaultValue = "0ms", converter = Converters.LatencyConverter.class, order = 3,
            description = "Simulated storage latency: each write waits D after the file is written, e.g. 100ms, 1s, "
                    + "or a range 50ms..150ms drawn per task.")
    Latency latency;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", order = 4,
            description = "Seed for the latency drawn from a range. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--fsync", order = 5, description = "Wait until the disk confirms each file (and its folder): real blocking I/O.")
    boolean fsync;

    @Option(names = "--max-open", paramLabel = "N", defaultValue = "256", order = 6,
            description = "At most N files open at once: notes read, files written, attachments copied (and never more than "
                    + "the process may open, ulimit -n). Default: ${DEFAULT-VALUE}.")
    int maxOpen;
}
