package dev.smartnotes.links;

/** How the Markdown export writes an embedded note ({@code --embeds}); embedded attachments stay images or links. */
public enum EmbedStyle {
    /** A link to the note; the default. */
    LINK,
    /** The note's text, or the embedded heading's section, in place. */
    INLINE
}
