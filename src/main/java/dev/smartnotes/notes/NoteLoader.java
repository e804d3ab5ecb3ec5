package dev.smartnotes.notes;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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

    /** The notes found, sorted by path, and the problems met while looking for them. */
    public record Found(List<NoteSource> sources, List<Problem> problems) {}

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
            all = walk(notes, skip, maxNoteBytes, found, stop);
        }
        return all;
    }

    /** Notes handed on at once: enough that the receiver is woken rarely, few enough that it starts early. */
    private static final int BATCH = 256;

    private static Found walk(Path root, Path skip, long maxNoteBytes, Consumer<List<NoteSource>> found, BooleanSupplier stop)
            throws IOException {
        List<NoteSource> sources = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Path realSkip = skip == null ? null : skip.toAbsolutePath().normalize();
        int[] handedOn = {0};
        Runnable handOn = () -> { // what was found since the last batch
            if (handedOn[0] < sources.size()) {
                found.accept(List.copyOf(sources.subList(handedOn[0], sources.size())));
                handedOn[0] = sources.size();
            }
        };
        String rootName = root.toString();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (stop.getAsBoolean()) {
                    return FileVisitResult.TERMINATE;
                }
                if (!dir.equals(root) && (hidden(dir) || dir.toAbsolutePath().normalize().equals(realSkip))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if (!name.startsWith(".") && name.regionMatches(true, name.length() - 3, ".md", 0, 3)) {
                    if (attrs.isDirectory()) {
                        return FileVisitResult.CONTINUE;
                    }
                    String relative = relative(rootName, file);
                    // The folder the relative path starts from: the root, or the folder of a --notes that is one file.
                    Path base = file.equals(root) ? Objects.requireNonNullElse(file.getParent(), Path.of("")) : root;
                    sources.add(new NoteSource.File(relative, base, attrs.size(),
                            attrs.lastModifiedTime().toMillis(), maxNoteBytes));
                    if (sources.size() - handedOn[0] >= BATCH) {
                        handOn.run();
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                handOn.run();
                return super.postVisitDirectory(dir, e);
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (!hidden(file)) {
                    problems.add(new Problem(file.toString(), NoteSource.describe(e)));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        handOn.run(); // the rest, if the walk stopped early
        sources.sort(NoteSource.BY_PATH);
        return new Found(sources, problems);
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
                sources.add(new NoteSource.Parsed(NoteJson.fromJson(items.get(i), "note-" + (i + 1))));
            } catch (NoteException e) {
                problems.add(new Problem(file + "[" + i + "]", e.getMessage()));
            }
        }
        return new Found(sources, problems);
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** The path of {@code file}, found by walking {@code root}, relative to it and with {@code /}. */
    private static String relative(String root, Path file) {
        String path = file.toString();
        if (path.length() <= root.length()) {
            return file.getFileName() == null ? path : file.getFileName().toString(); // --notes is the note file itself
        }
        String relative = root.isEmpty() ? path : path.substring(root.endsWith(java.io.File.separator) ? root.length() : root.length() + 1);
        return relative.replace(java.io.File.separatorChar, '/');
    }
}
