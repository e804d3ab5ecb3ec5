package dev.smartnotes.links;

/** How the Markdown export writes a note's resolved links ({@code --links}). */
public enum LinkStyle {
    /** Each resolved link becomes a CommonMark link relative to the output file; the default. */
    MARKDOWN,
    /** Every link stays as written. */
    KEEP
}
