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

    public Renderer renderer(CsvOptions csv) {
        return switch (this) {
            case MD -> new MarkdownRenderer();
            case JSON -> new JsonRenderer();
            case CSV -> new CsvRenderer(csv);
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
