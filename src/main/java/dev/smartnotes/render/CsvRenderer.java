package dev.smartnotes.render;

import dev.smartnotes.notes.Body;
import dev.smartnotes.notes.CoreSchema;
import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.NoteJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * A header row and one row for the note (RFC 4180: CRLF rows, quotes doubled, any field holding
 * a comma, quote, CR or LF quoted). Tags are joined with {@code ;} (a {@code ;} or {@code \} inside
 * a tag is escaped with {@code \}); {@code created} and {@code updated} are their text, other
 * front-matter fields one JSON object (with their types).
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

    private final CsvOptions options;

    public CsvRenderer(CsvOptions options) {
        this.options = options;
    }

    @Override
    public byte[] render(Note note) {
        StringBuilder head = new StringBuilder(512);
        if (options.bom()) {
            head.append('\uFEFF');
        }
        List<String> row = java.util.Arrays.asList(
                note.path(),
                note.id(),
                note.title(),
                joinTags(note.tags()),
                CoreSchema.text(note.created()),
                CoreSchema.text(note.updated()),
                note.fields().isEmpty() ? "" : NoteJson.compact(note.fields()));
        head.append(HEADER_LINE);
        try (CSVPrinter printer = new CSVPrinter(head, FORMAT)) {
            // Cell by cell: printRecord(Iterable) goes through commons-io streams, several times slower.
            for (String cell : row) {
                printer.print(options.raw() ? cell : guard(cell));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(start.length + note.body().size() + 16);
        out.writeBytes(start);
        out.write(',');
        Body body = note.body();
        appendBody(out, body, !options.raw() && looksDangerous(body));
        out.writeBytes(RECORD_END);
        return out.toByteArray();
    }

    private static final byte[] RECORD_END = FORMAT.getRecordSeparator().getBytes(StandardCharsets.US_ASCII);

    /**
     * Appends the body, the row's last cell, as {@link #FORMAT} prints a cell that does not start a
     * row (commons-csv's MINIMAL quoting: quoted when it starts with a character up to {@code #},
     * holds a quote, comma, CR or LF, or ends with a character up to a space; quotes doubled), but
     * from the body's UTF-8 bytes, in runs: commons-csv reads a cell char by char, which made the
     * body, the largest cell by far, most of this renderer's time. UTF-8 never puts an ASCII byte
     * inside a longer character, so each test on a byte is the same test on its character.
     * {@code guard} puts the formula guard {@code '} in front.
     */
    static void appendBody(ByteArrayOutputStream out, Body body, boolean guard) {
        int size = body.size();
        int first = guard ? '\'' : size > 0 ? body.byteAt(0) & 0xFF : -1;
        boolean quote = first >= 0 && first <= '#';
        for (int i = 0; i < size && !quote; i++) {
            byte b = body.byteAt(i);
            quote = b == '\n' || b == '\r' || b == '"' || b == ',';
        }
        quote = quote || size > 0 && (body.byteAt(size - 1) & 0xFF) <= ' ';
        if (quote) {
            out.write('"');
        }
        if (guard) {
            out.write('\'');
        }
        int from = 0;
        for (int i = 0; quote && i < size; i++) {
            if (body.byteAt(i) == '"') {
                body.writeTo(out, from, i + 1);
                from = i; // the quote is written again with the next run: doubled
            }
        }
        body.writeTo(out, from, size);
        if (quote) {
            out.write('"');
        }
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
        return tags.stream().map(tag -> tag.replace("\\", "\\\\").replace(";", "\\;")).collect(Collectors.joining(";"));
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

    static String guard(String cell) {
        return cell != null && looksDangerous(cell) ? "'" + cell : cell;
    }

    /** Reverses the formula guard of {@link #render}. */
    public static String unguard(String cell) {
        return cell != null && cell.startsWith("'") && looksDangerous(cell) ? cell.substring(1) : cell;
    }

    /** Whether the cell, after any leading quotes, starts as a formula would. */
    private static boolean looksDangerous(String cell) {
        int i = 0;
        while (i < cell.length() && cell.charAt(i) == '\'') {
            i++;
        }
        return i < cell.length() && formulaStart(cell.charAt(i));
    }

    /** As {@link #looksDangerous(String)}, on the body's bytes (the characters tested are all ASCII). */
    private static boolean looksDangerous(Body body) {
        int i = 0;
        while (i < body.size() && body.byteAt(i) == '\'') {
            i++;
        }
        return i < body.size() && formulaStart(body.byteAt(i));
    }

    private static boolean formulaStart(int c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
