package dev.smartnotes.cli;

import dev.smartnotes.export.Exporter;
import dev.smartnotes.export.RunControl;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code smartnotes} command: it only lists the subcommands. They are added one by one, so
 * that a run of one subcommand builds picocli's model of that one only; the models of this
 * command, export and bench are built in code (see {@link Specs}).
 */
public final class SmartNotes {
    private static final Map<String, Function<SmartNotes, Object>> SUBCOMMANDS = subcommands();

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
            Main.exit(commandLine(Signals.install(), only).execute(args));
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

    /** Each subcommand: a model built in code, or a class whose annotations picocli reads. */
    private static Map<String, Function<SmartNotes, Object>> subcommands() {
        Map<String, Function<SmartNotes, Object>> all = new LinkedHashMap<>();
        all.put("export", app -> new ExportCommand(app).spec);
        all.put("sample", app -> SampleCommand.class);
        all.put("bench", app -> new BenchCommand(app).spec);
        all.put("completion", app -> CompletionCommand.class);
        all.put("help", app -> CommandLine.HelpCommand.class);
        return all;
    }

    /**
     * The one subcommand that {@code args} runs, when it names export, sample or bench first:
     * building picocli's model of an annotated command costs some 10 ms, and the others would not be used.
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
        CommandSpec spec = Specs.command(app, "smartnotes",
                "Exports a folder of Markdown notes to Markdown, JSON and CSV, and shows why concurrency matters for I/O.");
        Specs.standardHelpOptions(spec);
        CommandLine commandLine = new CommandLine(spec);
        SUBCOMMANDS.forEach((name, command) -> {
            if (only == null || only.equals(name)) {
                commandLine.addSubcommand(name, command.apply(app));
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
