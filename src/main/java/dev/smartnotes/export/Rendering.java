package dev.smartnotes.export;

import dev.smartnotes.links.EmbedStyle;
import dev.smartnotes.links.LinkStyle;
import dev.smartnotes.render.CsvOptions;
import dev.smartnotes.render.Format;
import dev.smartnotes.render.FrontMatterStyle;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What an export's files look like: the formats, and how links, embeds, attachments and CSV cells are written.
 *
 * @param frontMatter the Markdown's front matter: the note's own, or the normalised form
 * @param links {@link LinkStyle#MARKDOWN}: links become CommonMark links to the exported files; {@link LinkStyle#KEEP}: as written
 * @param embeds how an embedded note appears in the Markdown: as a link, or its text in place
 * @param attachments which other files are copied beside the Markdown
 */
public record Rendering(Set<Format> formats, CsvOptions csv, FrontMatterStyle frontMatter, LinkStyle links, EmbedStyle embeds,
        Attachments attachments) {
    /** The given formats, with every other choice at its default. */
    public static Rendering of(Set<Format> formats) {
        return new Rendering(formats, CsvOptions.DEFAULT, FrontMatterStyle.KEEP, LinkStyle.MARKDOWN, EmbedStyle.LINK, Attachments.REFERENCED);
    }

    public Rendering {
        formats = Collections.unmodifiableSet(EnumSet.copyOf(formats));
    }

    /** The options that shape the output, as the manifest records them: a note exported with others is written again. */
    String digest() {
        return "csv " + (csv.raw() ? "raw" : "guarded") + (csv.bom() ? " bom" : "") + ", front matter " + frontMatter + ", links " + links
                + ", embeds " + embeds;
    }
}
