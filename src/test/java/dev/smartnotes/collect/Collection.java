package dev.smartnotes.collect;

import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.NoteParser;
import dev.smartnotes.notes.RandomNotes;
import dev.smartnotes.render.CsvOptions;
import dev.smartnotes.render.NoteGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

/**
 * A seeded collection of notes with a link graph, as an export would hand them to a collection
 * writer: notes in path order, each with its graph (links to other notes, an attachment embedded,
 * an unresolved target now and then, backlinks read the other way).
 */
record Collection(List<Note> notes, Map<String, NoteGraph> graphs) {

    /** {@code count} hostile notes (every script, quotes, controls, typed properties: {@link RandomNotes}). */
    static Collection random(long seed, int count) {
        RandomNotes random = new RandomNotes(seed);
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            notes.add(random.note(String.format("%s/note %04d.md", i % 3 == 0 ? "journal" : "projects/é", i)));
        }
        return of(seed, notes);
    }

    /** Notes parsed from Markdown, by path. */
    static Collection markdown(long seed, Map<String, String> files) throws Exception {
        List<Note> notes = new ArrayList<>();
        for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
            notes.add(NoteParser.parse(file.getKey(), file.getValue()));
        }
        return of(seed, notes);
    }

    static Collection of(long seed, List<Note> unsorted) {
        List<Note> notes = unsorted.stream().sorted(java.util.Comparator.comparing(Note::path)).toList();
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, TreeSet<String>> links = new HashMap<>();
        Map<String, TreeSet<String>> backlinks = new HashMap<>();
        for (Note note : notes) {
            TreeSet<String> to = new TreeSet<>();
            for (int k = random.nextInt(4); k > 0 && notes.size() > 1; k--) {
                String target = notes.get(random.nextInt(notes.size())).path();
                if (!target.equals(note.path())) {
                    to.add(target);
                    backlinks.computeIfAbsent(target, t -> new TreeSet<>()).add(note.path());
                }
            }
            links.put(note.path(), to);
        }
        Map<String, NoteGraph> graphs = new HashMap<>();
        for (Note note : notes) {
            List<String> attachments = random.nextInt(3) == 0 ? List.of("media/image " + random.nextInt(5) + ".png") : List.of();
            TreeSet<String> to = new TreeSet<>(links.get(note.path()));
            to.addAll(attachments);
            List<String> unresolved = random.nextInt(4) == 0 ? List.of("Missing " + random.nextInt(3)) : List.of();
            graphs.put(note.path(), new NoteGraph(List.copyOf(to), List.copyOf(backlinks.getOrDefault(note.path(), new TreeSet<>())),
                    attachments, unresolved, List.of()));
        }
        return new Collection(notes, graphs);
    }

    Row row(int index) {
        Note note = notes.get(index);
        return new Row(index, note, graphs.get(note.path()));
    }

    NoteGraph graph(Note note) {
        return graphs.get(note.path());
    }

    /** Puts every note from its own virtual thread, in a shuffled order; returns the problems. */
    List<String> putAll(CollectionWriter writer, long seed) throws Exception {
        List<Integer> order = new ArrayList<>(IntStream.range(0, notes.size()).boxed().toList());
        java.util.Collections.shuffle(order, new java.util.Random(seed));
        List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i : order) {
                executor.submit(() -> {
                    writer.put(row(i)).ifPresent(p -> problems.add(p.toString()));
                    return null;
                });
            }
        }
        return problems;
    }

    /** Writes the whole collection through a new writer; returns its result. */
    Result write(CollectionFormat format, java.nio.file.Path folder, Options options) throws Exception {
        try (CollectionWriter writer = CollectionWriter.open(format, folder, options, Previous.REPLACE)) {
            putAll(writer, 1);
            return writer.finish();
        }
    }

    static Options options() {
        return Options.of(CsvOptions.DEFAULT, false, false, false);
    }
}
