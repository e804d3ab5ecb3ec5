package dev.smartnotes.render;

/**
 * CSV choices: {@code raw} turns off formula-injection guarding, {@code bom} writes a UTF-8
 * byte-order mark so that spreadsheet programs detect the encoding.
 */
public record CsvOptions(boolean raw, boolean bom) {
    public static final CsvOptions DEFAULT = new CsvOptions(false, false);
}
