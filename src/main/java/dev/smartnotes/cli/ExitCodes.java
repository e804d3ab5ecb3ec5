package dev.smartnotes.cli;

import dev.smartnotes.export.ExportException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The exit codes, in one place: 0 all exported, 1 some note or file failed (or the run could not
 * write at all), 2 a usage error, 130 and 143 stopped by SIGINT or SIGTERM.
 */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private ExitCodes() {}

    static int of(Throwable e) {
        return switch (e) {
            case ParameterException p -> USAGE;
            case ExportException x when x.kind() == ExportException.Kind.USAGE -> USAGE;
            default -> FAILED;
        };
    }

    /** A usage error: the message (naming the option meant by a mistyped one) and how to get help, rather than the whole usage text. */
    static int usage(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(commandLine.getColorScheme().errorText("smartnotes: " + message(e)));
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return USAGE;
    }

    private static String message(ParameterException e) {
        if (!(e instanceof UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
            return e.getMessage();
        }
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        String typed = unmatched.getUnmatched().getFirst();
        if (unmatched.isUnknownOption()) {
            return Suggestions.closest(typed, spec.optionsMap().keySet())
                    .map(meant -> "unknown option '" + typed + "': did you mean " + meant + "?")
                    .orElse("unknown option '" + typed + "'");
        }
        if (!spec.subcommands().isEmpty()) {
            return Suggestions.closest(typed, spec.subcommands().keySet())
                    .map(meant -> "unknown command '" + typed + "': did you mean " + meant + "?")
                    .orElse("unknown command '" + typed + "'");
        }
        return e.getMessage();
    }

    /** Prints one line for any failure a command throws; the stack trace only with --verbose. */
    static int handle(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        String message = e instanceof ExportException ? e.getMessage() : "unexpected error: " + e;
        err.println(commandLine.getColorScheme().errorText("smartnotes: " + message));
        ParseResult deepest = parseResult;
        while (deepest.hasSubcommand()) {
            deepest = deepest.subcommand();
        }
        if (deepest.hasMatchedOption("--verbose")) {
            e.printStackTrace(err);
        }
        err.flush();
        return of(e);
    }
}
