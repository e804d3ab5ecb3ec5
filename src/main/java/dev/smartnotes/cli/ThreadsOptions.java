package dev.smartnotes.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code --threads}, the platform-thread pool of the threads mode, shared by export and bench. */
final class ThreadsOptions {
    int threads = 4 * Runtime.getRuntime().availableProcessors();

    /** Adds the options to a command's model (as a mixin would, in code: see {@link Specs}). */
    void addTo(CommandSpec spec) {
        spec.addOption(Specs.option("--threads", int.class, () -> threads, v -> threads = v).paramLabel("N")
                .description("Pool size for the threads mode (platform threads). Default: 4 per CPU core (" + threads + ").").build());
    }

    /** The pool size, checked. */
    int threads(CommandSpec spec) {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        return threads;
    }
}
