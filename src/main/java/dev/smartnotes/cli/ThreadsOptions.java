package dev.smartnotes.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --threads}, the platform-thread pool of the threads mode: a mixin of bench, and the base of export's timing options. */
class ThreadsOptions {
    @Option(names = "--threads", paramLabel = "N", order = 2,
            description = "Pool size for the threads mode (platform threads). Default: 4 per CPU core (${DEFAULT-VALUE}).")
    int threads = 4 * Runtime.getRuntime().availableProcessors();

    /** The pool size, checked. */
    int threads(CommandSpec spec) {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        return threads;
    }
}
