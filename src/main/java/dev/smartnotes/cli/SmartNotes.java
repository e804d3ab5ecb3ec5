package dev.smartnotes.cli;

import dev.smartnotes.export.Attachments;
import dev.smartnotes.export.Mode;
import dev.smartnotes.links.EmbedStyle;
import dev.smartnotes.links.LinkStyle;
import dev.smartnotes.render.FrontMatterStyle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code smartnotes} command: it only lists the subcommands, and configures the command line they
 * run in. A command line that runs one subcommand holds that one only: picocli reads a command's
 * annotations when it is added, and the others would not be used.
 */
@Command(name = "smartnotes",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Exports a folder of Markdown notes to Markdown, JSON and CSV, and shows why concurrency matters for I/O.")
public final class SmartNotes {
    /** The subcommands, in the order the help lists them; those that run an export are given the signals that stop it. */
    private static final Map<String, Function<Signals, Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Function<Signals, Object>> subcommands() {
        Map<String, Function<Signals, Object>> all = new LinkedHashMap<>();
        all.put("export", ExportCommand::new);
        all.put("sample", signals -> new SampleCommand());
        all.put("bench", BenchCommand::new);
        all.put("completion", signals -> new CompletionCommand());
        all.put("help", signals -> new CommandLine.HelpCommand());
        return all;
    }

    private SmartNotes() {}

    /**
     * The configured command line for {@code args}: with the subcommand they name first, or every
     * subcommand (for the help, and for a mistyped name); {@code signals} stops a run on Ctrl-C or SIGTERM.
     */
    static CommandLine commandLine(Signals signals, String... args) {
        CommandLine commandLine = new CommandLine(new SmartNotes());
        boolean one = args.length > 0 && SUBCOMMANDS.containsKey(args[0]) && !args[0].equals("help");
        SUBCOMMANDS.forEach((name, command) -> {
            if (!one || name.equals(args[0])) {
                commandLine.addSubcommand(name, command.apply(signals));
            }
        });
        return commandLine
                .registerConverter(Mode.class, Converters.anyCase(Mode.class))
                .registerConverter(LinkStyle.class, Converters.anyCase(LinkStyle.class))
                .registerConverter(EmbedStyle.class, Converters.anyCase(EmbedStyle.class))
                .registerConverter(Attachments.class, Converters.anyCase(Attachments.class))
                .registerConverter(FrontMatterStyle.class, Converters.anyCase(FrontMatterStyle.class))
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
