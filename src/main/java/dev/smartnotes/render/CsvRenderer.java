package dev.smartnotes.render;

import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.NoteJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * A header row and one row for the note (RFC 4180: CRLF rows, quotes doubled, any field holding
 * a comma, quote, CR or LF quoted). Tags are joined with {@code ;} (a {@code ;} or {@code \} inside
 * a tag is escaped with {@code \}); other front-matter fields are one JSON object.
 *
 * <p>Unless {@link CsvOptions#raw()}, a cell that a spreadsheet would run as a formula (starting
 * with {@code = + - @}, TAB or CR) gets a leading {@code '}, as OWASP recommends; a cell that already
 * looks guarded (quotes, then one of those) gets one more, so that {@link #unguard} gives back
 * exactly the original text.
 */
public final class CsvRenderer implements Renderer {
    public static final List<String> HEADER = List.of("path", "id", "title", "tags", "created", "updated", "fields", "body");

    /** Shared: CSVFormat is immutable and thread-safe. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    /** The header row as {@link #FORMAT} prints it, printed once. */
    private static final String HEADER_LINE = headerLine();

    private static final com.fasterxml.jackson.databind.ObjectWriter COMPACT_JSON =
            NoteJson.MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

    private final CsvOptions options;

    public CsvRenderer(CsvOptions options) {
        this.options = options;
    }

    @Override
    public byte[] render(Note note) {
        StringBuilder out = new StringBuilder(note.body().length() + 256);
        if (options.bom()) {
            out.append('\uFEFF');
        }
        List<String> row = java.util.Arrays.asList(
                note.path(),
                note.id(),
                note.title(),
                joinTags(note.tags()),
                note.created(),
                note.updated(),
                note.fields().isEmpty() ? "" : compactJson(note.fields()),
                note.body());
        out.append(HEADER_LINE);
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            // Cell by cell: printRecord(Iterable) goes through commons-io streams, several times slower.
            for (String cell : row) {
                printer.print(options.raw() ? cell : guard(cell));
            }
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String headerLine() {
        StringBuilder line = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(line, FORMAT)) {
            printer.printRecord(HEADER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return line.toString();
    }

    static String joinTags(List<String> tags) {
        return tags.stream().map(t -> t.replace("\\", "\\\\").replace(";", "\\;")).collect(Collectors.joining(";"));
    }

    /** Splits what {@link #joinTags} joined. */
    public static List<String> splitTags(String cell) {
        List<String> tags = new java.util.ArrayList<>();
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                tag.append(cell.charAt(++i));
            } else if (c == ';') {
                tags.add(tag.toString());
                tag.setLength(0);
            } else {
                tag.append(c);
            }
        }
        if (!cell.isEmpty()) {
            tags.add(tag.toString());
        }
        return tags;
    }

    private static String compactJson(Map<String, Object> fields) {
        try {
            return COMPACT_JSON.writeValueAsString(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String guard(String cell) {
        return cell != null && looksDangerous(cell) ? "'" + cell : cell;
    }

    /** Reverses the formula guard of {@link #render}. */
    public static String unguard(String cell) {
        return cell != null && cell.startsWith("'") && looksDangerous(cell) ? cell.substring(1) : cell;
    }

    private static boolean looksDangerous(String cell) {
        int i = 0;
        while (i < cell.length() && cell.charAt(i) == '\'') {
            i++;
        }
        if (i == cell.length()) {
            return false;
        }
        char c = cell.charAt(i);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
