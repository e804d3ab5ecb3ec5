package dev.smartnotes.render;

import dev.smartnotes.notes.CoreSchema;
import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.NoteJson;
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
        StringBuilder out = new StringBuilder(note.body().size() + 512);
        if (options.bom()) {
            out.append('\uFEFF');
        }
        List<String> row = Arrays.asList(
                note.path(),
                note.id(),
                note.title(),
                joinTags(note.tags()),
                CoreSchema.text(note.created()),
                CoreSchema.text(note.updated()),
                note.fields().isEmpty() ? "" : NoteJson.compact(note.fields()),
                note.body().text(),
                joinTags(graph.links()),
                joinTags(graph.backlinks()),
                joinTags(graph.attachments()),
                joinTags(graph.unresolved()));
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(HEADER);
            printer.printRecord(row.stream().map(cell -> options.raw() ? cell : guard(cell)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
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
