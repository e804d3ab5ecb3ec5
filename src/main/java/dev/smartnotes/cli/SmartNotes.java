package dev.smartnotes.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code smartnotes} command: it only lists the subcommands, and configures the command line they run in. */
@Command(name = "smartnotes",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Exports a folder of Markdown notes to Markdown, JSON and CSV, and shows why concurrency matters for I/O.",
        subcommands = {ExportCommand.class, SampleCommand.class, BenchCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class})
public final class SmartNotes {
    /** Stops a run on Ctrl-C or SIGTERM; the subcommands reach it as their parent command's. */
    final Signals signals;

    private SmartNotes(Signals signals) {
        this.signals = signals;
    }

    /** The configured command line; {@code signals} stops a run on Ctrl-C or SIGTERM. */
    static CommandLine commandLine(Signals signals) {
        return new CommandLine(new SmartNotes(signals))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExitCodeExceptionMapper(ExitCodes::of)
                .setParameterExceptionHandler(ExitCodes::usage)
                .setExecutionExceptionHandler(ExitCodes::handle);
    }

    /** A command line for tests and embedding, with no signal handlers. */
    public static CommandLine commandLine() {
        return commandLine(Signals.none());
    }
}
