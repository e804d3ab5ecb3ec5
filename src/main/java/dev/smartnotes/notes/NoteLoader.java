package dev.smartnotes.notes;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Finds the notes of a collection: the {@code *.md} files of a folder (recursively, skipping
 * hidden files and folders), the notes of a JSON file, or the built-in demo collection.
 * Notes are only listed here; they are read and parsed later, by the export tasks, which may
 * start on the first notes while the walk goes on (see {@link #find(Path, Path, long, Consumer, BooleanSupplier)}).
 */
public final class NoteLoader {
    private NoteLoader() {}

    /** The notes found and the collection's other files, each sorted by path, and the problems met while looking for them. */
    public record Found(List<NoteSource> sources, List<Attachment> attachments, List<Problem> problems) {
        /** Notes without other files, such as those of a JSON file. */
        public Found(List<NoteSource> sources, List<Problem> problems) {
            this(sources, List.of(), problems);
        }
    }

    /**
     * Lists a folder's notes, or reads a JSON file of notes.
     *
     * @param skip a folder not to look into (the export's own output), or null
     */
    public static Found find(Path notes, Path skip, long maxNoteBytes) throws IOException {
        return find(notes, skip, maxNoteBytes, batch -> {}, () -> false);
    }

    /**
     * As {@link #find(Path, Path, long)}, and hands the notes to {@code found} in batches as the walk
     * finds them (in the walk's order), from the calling thread; stops early once {@code stop} says so.
     */
    public static Found find(Path notes, Path skip, long maxNoteBytes, Consumer<List<NoteSource>> found, BooleanSupplier stop)
            throws IOException {
        Found all;
        if (Files.isRegularFile(notes) && notes.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            all = readJson(notes);
            found.accept(all.sources());
        } else {
            all = VaultWalk.walk(notes, skip, maxNoteBytes, found, stop);
        }
        return all;
    }

    private static Found readJson(Path file) throws IOException {
        JsonNode root;
        try {
            root = NoteJson.mapper().readTree(file.toFile());
        } catch (IOException e) {
            return new Found(List.of(), List.of(new Problem(file.toString(), "invalid JSON: " + FrontMatter.oneLine(e.getMessage()))));
        }
        List<NoteSource> sources = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<JsonNode> items = new ArrayList<>();
        if (root != null && root.isArray()) {
            root.forEach(items::add);
        } else if (root != null && root.isObject()) {
            items.add(root);
        } else {
            problems.add(new Problem(file.toString(), "expected a JSON array of notes"));
        }
        for (int i = 0; i < items.size(); i++) {
            try {
                sources.add(new NoteSource.Parsed(NoteJsonReader.fromJson(items.get(i), "note-" + (i + 1))));
            } catch (NoteException e) {
                problems.add(new Problem(file + "[" + i + "]", e.getMessage()));
            }
        }
        return new Found(sources, problems);
    }
}
