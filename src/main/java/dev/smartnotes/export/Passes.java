package dev.smartnotes.export;

import dev.smartnotes.collect.CollectionFormat;
import dev.smartnotes.render.Format;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Which formats each pass over the notes writes. The first pass reads every note and finds its links;
 * it also writes the Markdown, which needs only the names of the vault's files. JSON and CSV show
 * backlinks, which are known only once every note has been read: the second pass writes them, and
 * hands each note's row to the whole-collection files ({@code collections}), which show them too.
 * (With --tag, --skip-tag or --since, which notes are exported is also known only after the first
 * pass, and a Markdown link must never point at a note that is not: then Markdown waits too.)
 */
record Passes(List<Format> first, List<Format> second, List<CollectionFormat> collections) {
    static Passes of(ExportRequest request) {
        boolean markdownFirst = request.formats().contains(Format.MD) && !request.filter().readsNotes();
        List<Format> first = markdownFirst ? List.of(Format.MD) : List.of();
        return new Passes(first, request.formats().stream().filter(f -> !first.contains(f)).toList(),
                List.copyOf(request.rendering().collections()));
    }

    /** Whether the first pass is the last: its outcomes are final. */
    boolean firstIsLast() {
        return second.isEmpty() && collections.isEmpty();
    }

    /** How many tasks a note's second pass runs: one per format, one per collection file. */
    int secondTasks() {
        return second.size() + collections.size();
    }

    /** The names of the first pass's formats, as the manifest gives them, in the order of its results. */
    List<String> firstNames() {
        return first.stream().map(Format::extension).toList();
    }

    /** The names of the second pass's formats and collection files, as the manifest gives them, in the order of its results. */
    List<String> secondNames() {
        return Stream.concat(second.stream().map(Format::extension), collections.stream().map(Object::toString)).toList();
    }

    /** The names of the collection files, as --format and the manifest give them. */
    Set<String> collectionNames() {
        return collections.stream().map(Object::toString).collect(Collectors.toSet());
    }

    /** The names whose result (at the same place) is on disk. */
    static Set<String> onDisk(List<String> names, List<TaskResult> results) {
        return IntStream.range(0, names.size()).filter(i -> results.get(i).onDisk()).mapToObj(names::get).collect(Collectors.toSet());
    }
}
