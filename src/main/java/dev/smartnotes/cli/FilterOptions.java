package dev.smartnotes.cli;

import dev.smartnotes.export.NoteFilter;
import java.nio.file.FileSystems;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** export's "Filters" section: which notes are exported. */
class FilterOptions {
    @Option(names = "--tag", paramLabel = "TAG", order = 1,
            description = "Only notes with this tag (repeatable: any of them, or all with --all-tags).")
    Set<String> tags = new LinkedHashSet<>();

    @Option(names = "--all-tags", order = 2, description = "With several --tag, only notes that have every one of them.")
    boolean allTags;

    @Option(names = "--skip-tag", paramLabel = "TAG", order = 3, description = "Leave out notes with this tag (repeatable).")
    Set<String> skipTags = new LinkedHashSet<>();

    @Option(names = "--since", paramLabel = "DATE", order = 4, converter = Converters.DateConverter.class,
            description = "Only notes updated on or after DATE (yyyy-mm-dd): the updated field, else created, else the file's time.")
    LocalDate since;

    @Option(names = "--include", paramLabel = "GLOB", order = 5,
            description = "Only notes whose relative path matches (repeatable), e.g. 'projects/**' or '*.md'.")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", order = 6, description = "Leave out notes whose relative path matches (repeatable).")
    List<String> exclude = new ArrayList<>();

    /** The filter, its globs checked. */
    NoteFilter filter(CommandSpec spec) {
        Stream.concat(include.stream(), exclude.stream()).forEach(glob -> {
            try {
                FileSystems.getDefault().getPathMatcher("glob:" + glob);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(),
                        "'" + glob + "' is not a valid glob: " + e.getMessage().lines().findFirst().orElse(""));
            }
        });
        return new NoteFilter(tags, allTags, skipTags, since, include, exclude);
    }
}
