package dev.smartnotes.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes a manual page (roff, section 1) for {@code smartnotes} and each subcommand, from the same
 * picocli model as {@code --help}; run by the build into {@code target/smartnotes/man/man1}.
 */
public final class ManPages {
    private ManPages() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "man/man1");
        Files.createDirectories(dir);
        CommandLine root = SmartNotes.commandLine();
        write(dir, root, "smartnotes");
        for (Map.Entry<String, CommandLine> sub : root.getSubcommands().entrySet()) {
            if (!sub.getKey().equals("help")) {
                write(dir, sub.getValue(), "smartnotes-" + sub.getKey());
            }
        }
    }

    private static void write(Path dir, CommandLine commandLine, String name) throws IOException {
        Files.writeString(dir.resolve(name + ".1"), page(commandLine, name), StandardCharsets.UTF_8);
    }

    static String page(CommandLine commandLine, String name) {
        CommandSpec spec = commandLine.getCommandSpec();
        String version = new VersionProvider().getVersion()[0];
        StringBuilder out = new StringBuilder();
        out.append(".TH ").append(name.toUpperCase(Locale.ROOT)).append(" 1 \"\" \"").append(escape(version))
                .append("\" \"SmartNotes Manual\"\n");
        String[] description = spec.usageMessage().description();
        out.append(".SH NAME\n").append(escape(name)).append(" \\- ").append(escape(description.length > 0 ? description[0] : "")).append('\n');
        out.append(".SH SYNOPSIS\n.nf\n").append(escape(commandLine.getHelp().synopsis(0).strip())).append("\n.fi\n");
        out.append(".SH DESCRIPTION\n");
        for (String line : description) {
            out.append(line.isBlank() ? ".PP\n" : escape(line) + "\n");
        }
        if (!spec.subcommands().isEmpty()) {
            out.append(".SH COMMANDS\n");
            spec.subcommands().forEach((sub, cl) -> {
                String[] text = cl.getCommandSpec().usageMessage().description();
                out.append(".TP\n\\fB").append(escape(sub)).append("\\fR\n").append(escape(text.length > 0 ? text[0] : "")).append('\n');
            });
        }
        if (!spec.positionalParameters().isEmpty() || !spec.options().isEmpty()) {
            out.append(".SH OPTIONS\n");
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            out.append(".TP\n\\fI").append(escape(p.paramLabel())).append("\\fR\n").append(escape(text(p))).append('\n');
        }
        for (OptionSpec option : spec.options()) {
            out.append(".TP\n\\fB").append(escape(String.join(", ", option.names()))).append("\\fR");
            if (option.arity().max() > 0) {
                out.append(" \\fI").append(escape(option.paramLabel())).append("\\fR");
            }
            out.append('\n').append(escape(text(option))).append('\n');
        }
        String[] footer = spec.usageMessage().footer();
        if (footer.length > 0) {
            out.append(".SH EXAMPLES\n.nf\n");
            for (String line : footer) {
                out.append(escape(line)).append('\n');
            }
            out.append(".fi\n");
        }
        out.append(".SH EXIT STATUS\n0 everything was exported; 1 a note or file failed; 2 a usage error; "
                + "130 or 143 stopped by SIGINT or SIGTERM.\n");
        out.append(".SH SEE ALSO\n\\fBsmartnotes\\fR(1), \\fBsmartnotes-export\\fR(1), \\fBsmartnotes-sample\\fR(1)\n");
        return out.toString();
    }

    /** The description as --help shows it, with ${DEFAULT-VALUE} and ${COMPLETION-CANDIDATES} filled in. */
    private static String text(ArgSpec arg) {
        String candidates = arg.completionCandidates() == null ? ""
                : String.join(", ", (Iterable<String>) arg.completionCandidates());
        return String.join(" ", arg.description())
                .replace("${DEFAULT-VALUE}", String.valueOf(arg.defaultValueString()))
                .replace("${COMPLETION-CANDIDATES}", candidates);
    }

    static String escape(String text) {
        String s = text.replace("\\", "\\e").replace("-", "\\-");
        return s.startsWith(".") || s.startsWith("'") ? "\\&" + s : s;
    }
}
