package dev.smartnotes.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** A command line with captured output, for in-process CLI tests; {@link #toString()} shows what it printed. */
record Cli(CommandLine commandLine, StringWriter out, StringWriter err) {

    static Cli create() {
        CommandLine commandLine = SmartNotes.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return new Cli(commandLine, out, err);
    }

    /** Runs one command; each call starts with empty captured output. */
    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return commandLine.execute(args);
    }

    /** Sets where {@code export} looks for notes when --notes is not given. */
    Cli defaultNotes(Path path) {
        ((ExportCommand) commandLine.getSubcommands().get("export").getCommand()).defaultNotes = path;
        return this;
    }

    /** Sets where {@code bench} makes its temporary folder. */
    Cli benchTemp(Path path) {
        ((BenchCommand) commandLine.getSubcommands().get("bench").getCommand()).tempParent = path;
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
