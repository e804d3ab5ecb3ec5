package dev.smartnotes.cli;

import dev.smartnotes.export.Attachments;
import dev.smartnotes.export.Rendering;
import dev.smartnotes.links.EmbedStyle;
import dev.smartnotes.links.LinkStyle;
import dev.smartnotes.render.CsvOptions;
import dev.smartnotes.render.FrontMatterStyle;
import java.util.List;
import picocli.CommandLine.Option;

/** export's "Formats" section: which files each note gets, and how they look. */
class FormatOptions {
    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "all", order = 1,
            description = "${COMPLETION-CANDIDATES}; repeatable or comma-separated. md, json, csv: a file per note (all: the three); "
                    + "table, jsonl, sqlite: one file for the whole collection (notes.csv, notes.jsonl, notes.sqlite). Default: ${DEFAULT-VALUE}.")
    List<FormatChoice> formats;

    @Option(names = "--links", paramLabel = "STYLE", defaultValue = "markdown", order = 2,
            description = "markdown: wikilinks and links to notes and files become CommonMark links to the exported files; "
                    + "keep: every link as written. Default: markdown.")
    LinkStyle links;

    @Option(names = "--embeds", paramLabel = "STYLE", defaultValue = "link", order = 3,
            description = "How an embedded note (![[Note]], ![[Note#Heading]]) appears in the Markdown: link, or inline "
                    + "(its text, or that heading's section, in place). Default: link.")
    EmbedStyle embeds;

    @Option(names = "--attachments", paramLabel = "WHICH", defaultValue = "referenced", order = 4,
            description = "Files other than notes copied beside the Markdown: referenced (those notes link to or embed), "
                    + "all (every file that is not hidden) or none. Default: referenced.")
    Attachments attachments;

    @Option(names = "--frontmatter", paramLabel = "STYLE", defaultValue = "keep", order = 5,
            description = "The Markdown's front matter: keep (each note's own, as written) or normalize (id, title, tags, "
                    + "created, updated first, every value quoted as text, as earlier versions wrote it). Default: keep.")
    FrontMatterStyle frontMatter;

    @Option(names = "--csv-raw", order = 6, description = "Do not guard CSV cells that spreadsheets would run as formulas.")
    boolean csvRaw;

    @Option(names = "--csv-bom", order = 7, description = "Start each CSV file with a UTF-8 byte-order mark, for spreadsheet programs.")
    boolean csvBom;

    Rendering rendering() {
        return new Rendering(FormatChoice.formats(formats), FormatChoice.collections(formats), new CsvOptions(csvRaw, csvBom), frontMatter, links, embeds, attachments);
    }
}
