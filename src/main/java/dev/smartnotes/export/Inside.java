package dev.smartnotes.export;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The output folder's boundary: names that stay inside it, and folders made inside it and nowhere
 * else, whatever links lie in the way.
 *
 * @param root the output folder, absolute and normalised
 * @param realRoot the same folder with every link resolved
 */
record Inside(Path root, Path realRoot) {

    /** A relative name without empty, {@code .} or {@code ..} segments (or NUL): it stays inside the root, short of links. */
    static boolean plain(String relative) {
        int start = 0;
        for (int i = 0; i <= relative.length(); i++) {
            if (i == relative.length() || relative.charAt(i) == '/') {
                int length = i - start;
                if (length == 0 || (relative.charAt(start) == '.' && (length == 1 || (length == 2 && relative.charAt(start + 1) == '.')))) {
                    return false;
                }
                start = i + 1;
            } else if (relative.charAt(i) == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Creates {@code folder} and the folders between it and {@code base} (which exists), and checks
     * that it really lies inside the root: a link on the way is followed only once it is known to
     * stay inside, so no folder is ever made outside.
     */
    void makeFolder(Path base, Path folder) throws IOException {
        Path dir = base;
        for (Path name : base.relativize(folder)) {
            dir = dir.resolve(name);
            try {
                Files.createDirectory(dir); // mkdir does not follow a link in the last place
            } catch (FileAlreadyExistsException e) {
                if (!Files.isDirectory(dir)) {
                    throw new IOException("cannot create folder " + root.relativize(dir) + ": a file of that name is in the way");
                }
                if (Files.isSymbolicLink(dir) && !dir.toRealPath().startsWith(realRoot)) {
                    throw new IOException("refusing to write outside the output folder through the link " + root.relativize(dir));
                }
            }
        }
        if (!folder.toRealPath().startsWith(realRoot)) {
            throw new IOException("refusing to write outside the output folder through the link " + root.relativize(folder));
        }
    }
}
