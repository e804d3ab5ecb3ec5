package dev.smartnotes.cli;

import dev.smartnotes.notes.SampleGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code smartnotes sample}: writes a realistic notes collection, the same for the same seed. */
@Command(name = "sample",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Writes N realistic Markdown notes (front matter, headings, lists, code blocks, non-ASCII text) "
                + "into several sub-folders: the same notes for the same seed.",
        footerHeading = "%nExamples:%n",
        footer = {"  smartnotes sample --count 1000 --out notes", "  smartnotes sample --count 10 --out /tmp/notes --seed 7"})
public final class SampleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--count", paramLabel = "N", defaultValue = "100", description = "How many notes. Default: ${DEFAULT-VALUE}.")
    int count;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder to write the notes into.")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + SampleGenerator.DEMO_SEED,
            description = "The same seed makes the same notes. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Override
    public Integer call() throws IOException {
        if (count < 0) {
            throw new ParameterException(spec.commandLine(), "--count must not be negative");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(), "--out " + out + " is a file, not a folder");
        }
        long[] written = {0, 0};
        try {
            new SampleGenerator(seed).generate(count, sample -> {
                try {
                    Path file = out.resolve(sample.path());
                    Files.createDirectories(file.getParent());
                    byte[] data = sample.markdown().getBytes(StandardCharsets.UTF_8);
                    Files.write(file, data);
                    written[0]++;
                    written[1] += data.length;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        spec.commandLine().getOut().printf("Wrote %,d notes (%s) to %s%n", written[0],
                dev.smartnotes.notes.Sizes.human(written[1]), out);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
