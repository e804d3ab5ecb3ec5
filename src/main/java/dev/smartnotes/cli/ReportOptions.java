package dev.smartnotes.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** export's "Report" section: how much is printed, and in which shape. */
class ReportOptions {
    enum ReportFormat { text, json }

    @Option(names = "--report", paramLabel = "FORMAT", defaultValue = "text", order = 1,
            description = "How to print the run report: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    ReportFormat format;

    @Option(names = {"-q", "--quiet"}, order = 2, description = "Print only errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, order = 3, description = "Print more detail: the settings, unchanged and removed files, stack traces.")
    boolean verbose;

    /** Checks that the options go together. */
    ReportOptions checked(CommandSpec spec) {
        if (quiet && verbose) {
            throw new ParameterException(spec.commandLine(), "--quiet and --verbose do not go together");
        }
        return this;
    }
}
