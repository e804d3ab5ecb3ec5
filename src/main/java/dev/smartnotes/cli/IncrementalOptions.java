package dev.smartnotes.cli;

import picocli.CommandLine.Option;

/** export's "Incremental" section: write what changed, remove what is gone, or only say what would happen. */
class IncrementalOptions {
    @Option(names = "--incremental", order = 1,
            description = "Write only notes whose content or export options changed since the last export into --out.")
    boolean incremental;

    @Option(names = "--prune", order = 2, description = "Remove the outputs of notes that are no longer in the collection.")
    boolean prune;

    @Option(names = "--dry-run", order = 3, description = "List what would be written and removed, and write nothing.")
    boolean dryRun;
}
