package dev.smartnotes.render;

/** How the Markdown output writes a note's front matter. */
public enum FrontMatterStyle {
    /**
     * The note's own front matter, exactly as its file has it (none when it has none); for a note
     * without a file, its properties in block style, each with its type.
     */
    KEEP,
    /** Front matter rewritten in one layout: id, title, tags, created, updated, then the other fields in flow style. */
    NORMALIZE
}
