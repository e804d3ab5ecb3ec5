package dev.smartnotes.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --threads}, the platform-thread pool of the threads mode, shared by export and bench. */
final class ThreadsOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--threads", paramLabel = "N",
            description = "Pool size for the threads mode (platform threads). Default: 4 per CPU core (${DEFAULT-VALUE}).")
    int threads = 4 * Runtime.getRuntime().availableProcessors();

    /** The pool size, checked. */
    int threads() {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        return threads;
    }
}
