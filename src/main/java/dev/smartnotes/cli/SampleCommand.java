package dev.smartnotes.cli;

import dev.smartnotes.export.ExportException;
import dev.smartnotes.notes.SampleGenerator;
import dev.smartnotes.notes.SampleWriter;
import dev.smartnotes.notes.Sizes;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code smartnotes sample}: writes a sample vault (or plain notes), the same files for the same seed. */
@Command(name = "sample",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            // The first line is what `smartnotes --help` lists for this command.
            "Writes N realistic Markdown notes (front matter, headings, lists, code blocks, non-ASCII text) into several sub-folders: "
                    + "the same notes for the same seed.",
            "By default a vault: the notes link to and embed each other in every Obsidian form (a few links unresolved, some names "
                    + "ambiguous), have typed properties and names in many scripts, and come with about one attachment for every nine "
                    + "notes (images, PDF, audio, video, canvas, base, ZIP, CSV). With --plain, notes without links or attachments, "
                    + "as earlier versions wrote them.",
        },
        footerHeading = "%nExamples:%n",
        footer = {"  smartnotes sample --count 1000 --out notes", "  smartnotes sample --count 10 --out /tmp/notes --seed 7 --plain"})
public final class SampleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--count", paramLabel = "N", defaultValue = "100", description = "How many notes. Default: ${DEFAULT-VALUE}.")
    int count;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder to write the files into.")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + SampleGenerator.DEMO_SEED,
            description = "The same seed makes the same files. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--plain", description = "Plain notes: no links, no attachments (as earlier versions wrote).")
    boolean plain;

    @Override
    public Integer call() throws ExportException {
        if (count < 0) {
            throw new ParameterException(spec.commandLine(), "--count must not be negative");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(), "--out " + out + " is a file, not a folder");
        }
        SampleGenerator generator = new SampleGenerator(seed);
        SampleWriter writer = new SampleWriter(out);
        try {
            if (plain) {
                generator.generate(count, writer);
            } else {
                generator.vault(count, writer);
            }
        } catch (UncheckedIOException e) {
            throw new ExportException(ExportException.Kind.IO, e.getMessage());
        }
        SampleWriter.Tally tally = writer.tally();
        String attachments = plain ? "" : String.format(Locale.ROOT, " and %,d attachments", tally.attachments());
        spec.commandLine().getOut().printf(Locale.ROOT, "Wrote %,d notes%s (%s) to %s%n", tally.notes(), attachments, Sizes.human(tally.bytes()), out);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
