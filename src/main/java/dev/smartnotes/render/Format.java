package dev.smartnotes.render;

import java.util.Locale;

/** The output formats; each has its folder under --out and its file extension. */
public enum Format {
    MD("md"),
    JSON("json"),
    CSV("csv");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    /** Both the folder under --out and the file extension. */
    public String extension() {
        return extension;
    }

    /** The renderer of this format; Markdown with {@link FrontMatterStyle#NORMALIZE normalised} front matter. */
    public Renderer renderer(CsvOptions csv) {
        return renderer(csv, FrontMatterStyle.NORMALIZE);
    }

    /** The renderer of this format; Markdown writes the front matter in {@code frontMatter} style. */
    public Renderer renderer(CsvOptions csv, FrontMatterStyle frontMatter) {
        return switch (this) {
            case MD -> new MarkdownRenderer(frontMatter);
            case JSON -> new JsonRenderer();
            case CSV -> new CsvRenderer(csv);
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
