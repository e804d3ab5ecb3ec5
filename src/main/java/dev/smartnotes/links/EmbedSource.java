package dev.smartnotes.links;

import java.util.Optional;

/**
 * Reads the notes that {@link EmbedStyle#INLINE} puts in place. The caller reads the file; the
 * rewriter never touches the file system.
 */
@FunctionalInterface
public interface EmbedSource {

    /**
     * The body of the note at this vault-relative path, without its YAML front matter; empty if it
     * cannot be read. An exception is taken as empty too: the embed then shows a marker, and the
     * embedding note is still exported.
     */
    Optional<String> body(String notePath);
}
