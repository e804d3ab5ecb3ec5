package dev.smartnotes.render;

import dev.smartnotes.notes.Body;
import dev.smartnotes.notes.CoreSchema;
import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.NoteJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * A header row and one row for the note (RFC 4180: CRLF rows, quotes doubled, any field holding
 * a comma, quote, CR or LF quoted). Tags are joined with {@code ;} (a {@code ;} or {@code \} inside
 * a tag is escaped with {@code \}); {@code created} and {@code updated} are their text, other
 * front-matter fields one JSON object (with their types). After the body come the note's links,
 * backlinks, attachments and unresolved links, each list joined as the tags are.
 *
 * <p>Unless {@link CsvOptions#raw()}, a cell that a spreadsheet would run as a formula (starting
 * with {@code = + - @}, TAB or CR) gets a leading {@code '}, as OWASP recommends; a cell that already
 * looks guarded (quotes, then one of those) gets one more, so that {@link #unguard} gives back
 * exactly the original text.
 */
public final class CsvRenderer implements Renderer {
    public static final List<String> HEADER = List.of("path", "id", "title", "tags", "created", "updated", "fields", "body",
            "links", "backlinks", "attachments", "unresolvedLinks");

    /** Shared: CSVFormat is immutable and thread-safe. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    private final CsvOptions options;

    public CsvRenderer(CsvOptions options) {
        this.options = options;
    }

    @Override
    public byte[] render(Note note, NoteGraph graph) {
        return render(note, graph, true);
    }

    /** The note's row alone, ending with its CRLF: what follows the {@link #header} in a file of many notes. */
    public byte[] row(Note note, NoteGraph graph) {
        return render(note, graph, false);
    }

    /** What a file starts with: the byte-order mark if asked for, and the header row. */
    public byte[] header() {
        StringBuilder head = new StringBuilder(128);
        if (options.bom()) {
            head.append('\uFEFF');
        }
        try (CSVPrinter printer = new CSVPrinter(head, FORMAT)) {
            printer.printRecord(HEADER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return head.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] render(Note note, NoteGraph graph, boolean header) {
        StringBuilder head = new StringBuilder(512);
        if (header && options.bom()) {
            head.append('\uFEFF');
        }
        List<String> before = Arrays.asList(note.path(), note.id(), note.title(), joinTags(note.tags()), CoreSchema.text(note.created()),
                CoreSchema.text(note.updated()), note.fields().isEmpty() ? "" : NoteJson.compact(note.fields()));
        StringBuilder tail = new StringBuilder(128);
        try (CSVPrinter printer = new CSVPrinter(head, FORMAT)) {
            if (header) {
                printer.printRecord(HEADER);
            }
            for (String cell : before) {
                printer.print(options.raw() ? cell : guard(cell));
            }
            for (List<String> list : List.of(graph.links(), graph.backlinks(), graph.attachments(), graph.unresolved())) {
                String cell = joinTags(list);
                FORMAT.print(options.raw() ? cell : guard(cell), tail, false); // not a new record: the delimiter first
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(head.length() + note.body().size() + tail.length() + 16);
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        out.write(',');
        appendBody(out, note.body(), !options.raw() && looksDangerous(note.body()));
        out.writeBytes(tail.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(FORMAT.getRecordSeparator().getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /**
     * Appends the body cell as {@link #FORMAT} prints a cell that does not start a row (commons-csv's
     * MINIMAL quoting: quoted when it starts with a character up to {@code #}, holds a quote, comma,
     * CR or LF, or ends with a character up to a space; quotes doubled), from the body's UTF-8 bytes:
     * the body is most of a row, and commons-csv reads a cell char by char. UTF-8 never puts an ASCII
     * byte inside a longer character, so each test on a byte is the same test on its character.
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

    /** As {@link #looksDangerous(String)}, on the body's bytes (the characters tested are all ASCII). */
    private static boolean looksDangerous(Body body) {
        int i = 0;
        while (i < body.size() && body.byteAt(i) == '\'') {
            i++;
        }
        return i < body.size() && formulaStart(body.byteAt(i));
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

    private static boolean formulaStart(int c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
