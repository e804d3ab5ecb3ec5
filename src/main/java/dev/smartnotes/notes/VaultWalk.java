package dev.smartnotes.notes;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One walk over a notes folder: every {@code *.md} file is a note, every other file an attachment;
 * hidden files and folders ({@code .obsidian}, {@code .trash}, …) and the export's own folder are
 * skipped. The notes are handed on in batches as they are found.
 *
 * <p>Links are never followed out of the folder: a linked file is taken if its real path lies inside
 * the folder, and a linked folder is not walked at all (one inside the folder is walked where it
 * really is; one outside is reported). A link that leads out, nowhere or round in a loop is one problem.
 */
final class VaultWalk extends SimpleFileVisitor<Path> {
    /** Notes handed on at once: enough that the receiver is woken rarely, few enough that it starts early. */
    private static final int BATCH = 256;

    private final Path root;
    private final String rootName;
    private final Path realRoot;
    private final Path skip;
    private final long maxNoteBytes;
    private final Consumer<List<NoteSource>> found;
    private final BooleanSupplier stop;
    private final List<NoteSource> notes = new ArrayList<>();
    private final List<Attachment> attachments = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private int handedOn;

    private VaultWalk(Path root, Path skip, long maxNoteBytes, Consumer<List<NoteSource>> found, BooleanSupplier stop) throws IOException {
        this.root = root;
        this.rootName = root.toString();
        this.realRoot = root.toRealPath();
        this.skip = skip == null ? null : skip.toAbsolutePath().normalize();
        this.maxNoteBytes = maxNoteBytes;
        this.found = found;
        this.stop = stop;
    }

    /** Walks {@code root} (a folder, or a single note); the notes sorted by path. */
    static NoteLoader.Found walk(Path root, Path skip, long maxNoteBytes, Consumer<List<NoteSource>> found, BooleanSupplier stop)
            throws IOException {
        // A --notes that is itself a link to a folder is walked where it leads.
        Path start = Files.isSymbolicLink(root) && Files.isDirectory(root) ? root.toRealPath() : root;
        VaultWalk walk = new VaultWalk(start, skip, maxNoteBytes, found, stop);
        Files.walkFileTree(start, walk);
        walk.handOn();
        walk.notes.sort(NoteSource.BY_PATH);
        walk.attachments.sort(java.util.Comparator.comparing(Attachment::path));
        return new NoteLoader.Found(walk.notes, walk.attachments, walk.problems);
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (stop.getAsBoolean()) {
            return FileVisitResult.TERMINATE;
        }
        boolean skipped = !dir.equals(root) && (hidden(dir) || dir.toAbsolutePath().normalize().equals(skip));
        return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (hidden(file)) {
            return FileVisitResult.CONTINUE;
        }
        if (attrs.isSymbolicLink()) {
            followInside(file);
        } else if (attrs.isRegularFile()) {
            add(file, attrs);
        }
        return FileVisitResult.CONTINUE;
    }

    /** A link is taken if it leads to a file inside the folder; a linked folder is never walked. */
    private void followInside(Path link) {
        try {
            Path target = link.toRealPath();
            if (!target.startsWith(realRoot)) {
                problems.add(new Problem(link.toString(), "link to " + target + ", outside the notes folder: not followed"));
                return;
            }
            BasicFileAttributes attrs = Files.readAttributes(link, BasicFileAttributes.class);
            if (attrs.isRegularFile()) {
                add(link, attrs);
            }
        } catch (IOException e) {
            problems.add(new Problem(link.toString(), IoFailures.reason(e)));
        }
    }

    private void add(Path file, BasicFileAttributes attrs) {
        String relative = relative(file);
        // The folder the relative path starts from: the root, or the folder of a --notes that is one file.
        Path base = file.equals(root) ? java.util.Objects.requireNonNullElse(file.getParent(), Path.of("")) : root;
        long modified = attrs.lastModifiedTime().toMillis();
        if (relative.toLowerCase(Locale.ROOT).endsWith(".md")) {
            notes.add(new NoteSource.File(relative, base, attrs.size(), modified, maxNoteBytes));
            if (notes.size() - handedOn >= BATCH) {
                handOn();
            }
        } else if (!file.equals(root)) {
            attachments.add(new Attachment(relative, base, attrs.size(), modified));
        }
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        handOn();
        return super.postVisitDirectory(dir, e);
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
        if (!hidden(file)) {
            problems.add(new Problem(file.toString(), IoFailures.reason(e)));
        }
        return FileVisitResult.CONTINUE;
    }

    /** Hands on the notes found since the last batch. */
    private void handOn() {
        if (handedOn < notes.size()) {
            found.accept(List.copyOf(notes.subList(handedOn, notes.size())));
            handedOn = notes.size();
        }
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** The path of {@code file} relative to the root, with {@code /}. */
    private String relative(Path file) {
        String path = file.toString();
        if (path.length() <= rootName.length()) {
            return file.getFileName() == null ? path : file.getFileName().toString(); // --notes is the note file itself
        }
        String relative = rootName.isEmpty() ? path
                : path.substring(rootName.endsWith(java.io.File.separator) ? rootName.length() : rootName.length() + 1);
        return relative.replace(java.io.File.separatorChar, '/');
    }
}
