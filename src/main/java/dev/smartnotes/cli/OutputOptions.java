package dev.smartnotes.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** export's "Notes and output" section: where the notes come from and where the exports go. */
class OutputOptions {
    @Option(names = "--notes", paramLabel = "PATH", order = 1,
            description = "A notes folder (searched recursively for *.md) or a JSON file of notes. Default: ./notes, "
                    + "or the built-in demo collection when there is no ./notes.")
    Path notes;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "export", order = 2,
            description = "The output folder; one sub-folder per format. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--force", order = 3, description = "Export into a folder that holds files SmartNotes did not write.")
    boolean force;

    @Option(names = "--max-note-size", paramLabel = "SIZE", defaultValue = "10MB", converter = Converters.SizeConverter.class, order = 4,
            description = "Refuse notes larger than this. Default: ${DEFAULT-VALUE}.")
    long maxNoteSize;
}
