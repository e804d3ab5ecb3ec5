package dev.smartnotes.cli;

import dev.smartnotes.export.RunControl;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code smartnotes} command: it only lists the subcommands. */
@Command(name = "smartnotes",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Exports a folder of Markdown notes to Markdown, JSON and CSV, and shows why concurrency matters for I/O.",
        subcommands = {ExportCommand.class, SampleCommand.class, BenchCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class})
public final class SmartNotes {
    final RunControl control;
    final Signals signals;

    SmartNotes(RunControl control, Signals signals) {
        this.control = control;
        this.signals = signals;
    }

    public static void main(String[] args) {
        try {
            System.exit(commandLine(Signals.install()).execute(args));
        } catch (OutOfMemoryError e) {
            // The launcher bounds the heap (-Xmx192m, enough for some 130,000 notes); say how to raise it.
            System.err.println("smartnotes: out of memory; give it more with SMARTNOTES_OPTS=-Xmx1g");
            System.exit(ExitCodes.FAILED);
        }
    }

    /** The configured command line; {@code signals} stops a run on Ctrl-C or SIGTERM. */
    public static CommandLine commandLine(Signals signals) {
        SmartNotes app = new SmartNotes(signals.control(), signals);
        return new CommandLine(app)
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
