package dev.smartnotes.cli;

import dev.smartnotes.export.Exporter;
import dev.smartnotes.export.RunControl;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code smartnotes} command: it only lists the subcommands. They are added in code rather
 * than in the annotation, so that a run of one subcommand builds picocli's model of that one only.
 */
@Command(name = "smartnotes",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Exports a folder of Markdown notes to Markdown, JSON and CSV, and shows why concurrency matters for I/O.")
public final class SmartNotes {
    private static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    final RunControl control;
    final Signals signals;

    SmartNotes(RunControl control, Signals signals) {
        this.control = control;
        this.signals = signals;
    }

    public static void main(String[] args) {
        String only = only(args);
        if ("export".equals(only) || "bench".equals(only)) {
            // Class loading for the export, on the other core while picocli reads the arguments.
            Thread.ofPlatform().daemon().name("preload").start(SmartNotes::preload);
        }
        try {
            System.exit(commandLine(Signals.install(), only).execute(args));
        } catch (OutOfMemoryError e) {
            // The launcher bounds the heap (-Xmx192m, enough for some 130,000 notes); say how to raise it.
            System.err.println("smartnotes: out of memory; give it more with SMARTNOTES_OPTS=-Xmx1g");
            System.exit(ExitCodes.FAILED);
        }
    }

    private static void preload() {
        try {
            Exporter.preload();
        } catch (RuntimeException | Error e) {
            // Only a head start: the export loads what it needs anyway, and reports its own failures.
        }
    }

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> all = new LinkedHashMap<>();
        all.put("export", ExportCommand.class);
        all.put("sample", SampleCommand.class);
        all.put("bench", BenchCommand.class);
        all.put("completion", CompletionCommand.class);
        all.put("help", CommandLine.HelpCommand.class);
        return all;
    }

    /**
     * The one subcommand that {@code args} runs, when it names export, sample or bench first:
     * building picocli's model of a command costs some 10 ms, and the others would not be used.
     * Anything else (help, completion, a typo that deserves a suggestion) gets every subcommand.
     */
    static String only(String[] args) {
        return args.length > 0 && Set.of("export", "sample", "bench").contains(args[0]) ? args[0] : null;
    }

    /** The configured command line; {@code signals} stops a run on Ctrl-C or SIGTERM. */
    public static CommandLine commandLine(Signals signals) {
        return commandLine(signals, null);
    }

    /** As {@link #commandLine(Signals)}, with only the subcommand {@code only} when not null. */
    static CommandLine commandLine(Signals signals, String only) {
        SmartNotes app = new SmartNotes(signals.control(), signals);
        CommandLine commandLine = new CommandLine(app);
        SUBCOMMANDS.forEach((name, command) -> {
            if (only == null || only.equals(name)) {
                commandLine.addSubcommand(name, command);
            }
        });
        return commandLine
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
