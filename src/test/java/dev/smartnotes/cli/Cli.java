package dev.smartnotes.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Runs commands in-process with captured output, for CLI tests; {@link #toString()} shows what the
 * last command printed. Each run gets a command line of its own, as each process of the tool does.
 */
final class Cli {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path defaultNotes;
    private Path benchTemp;

    static Cli create() {
        return new Cli();
    }

    /** Runs one command; each call starts with empty captured output. */
    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine commandLine = SmartNotes.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        if (defaultNotes != null) {
            ((ExportCommand) commandLine.getSubcommands().get("export").getCommand()).defaultNotes = defaultNotes;
        }
        if (benchTemp != null) {
            ((BenchCommand) commandLine.getSubcommands().get("bench").getCommand()).tempParent = benchTemp;
        }
        return commandLine.execute(args);
    }

    /** Sets where {@code export} looks for notes when --notes is not given. */
    Cli defaultNotes(Path path) {
        defaultNotes = path;
        return this;
    }

    /** Sets where {@code bench} makes its temporary folder. */
    Cli benchTemp(Path path) {
        benchTemp = path;
        return this;
    }

    String stdout() {
        return out.toString();
    }

    String stderr() {
        return err.toString();
    }

    @Override
    public String toString() {
        return "stdout:\n" + out + "\nstderr:\n" + err;
    }
}
