package dev.smartnotes.export;

import dev.smartnotes.collect.CollectionFormat;
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
 * @param formats the formats with a file per note
 * @param collections the files of the whole collection
 * @param frontMatter the Markdown's front matter: the note's own, or the normalised form
 * @param links {@link LinkStyle#MARKDOWN}: links become CommonMark links to the exported files; {@link LinkStyle#KEEP}: as written
 * @param embeds how an embedded note appears in the Markdown: as a link, or its text in place
 * @param attachments which other files are copied beside the Markdown
 */
public record Rendering(Set<Format> formats, Set<CollectionFormat> collections, CsvOptions csv, FrontMatterStyle frontMatter, LinkStyle links, EmbedStyle embeds,
        Attachments attachments) {
    /** The given formats, with every other choice at its default. */
    public static Rendering of(Set<Format> formats) {
        return of(formats, Set.of());
    }

    /** The given formats and collection files, with every other choice at its default. */
    public static Rendering of(Set<Format> formats, Set<CollectionFormat> collections) {
        return new Rendering(formats, collections, CsvOptions.DEFAULT, FrontMatterStyle.KEEP, LinkStyle.MARKDOWN, EmbedStyle.LINK, Attachments.REFERENCED);
    }

    public Rendering {
        formats = Collections.unmodifiableSet(formats.isEmpty() ? EnumSet.noneOf(Format.class) : EnumSet.copyOf(formats));
        collections = Collections.unmodifiableSet(collections.isEmpty() ? EnumSet.noneOf(CollectionFormat.class) : EnumSet.copyOf(collections));
    }

    /** The options that shape the output, as the manifest records them: a note exported with others is written again. */
    String digest() {
        return "csv " + (csv.raw() ? "raw" : "guarded") + (csv.bom() ? " bom" : "") + ", front matter " + frontMatter + ", links " + links
                + ", embeds " + embeds;
    }

    /** Every choice, as text: where links lead and what the files show depend on all of them. */
    String choices() {
        return digest() + ", formats " + formats + " " + collections + ", attachments " + attachments;
    }
}
