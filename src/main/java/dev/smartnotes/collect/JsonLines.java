package dev.smartnotes.collect;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.smartnotes.notes.NoteJson;
import dev.smartnotes.render.NoteGraph;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code notes.jsonl}: one note per line, in the per-note JSON's shape (its links after the body),
 * compact: JSON escapes every line break inside a text, so a note is exactly one line. JSON keeps any
 * text, a lone surrogate too (as an escape), so no note is refused.
 */
record JsonLines() implements LineFormat {
    private static final byte[] NOTHING = {};
    private static final byte[] START = "{\"path\":".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Override
    public CollectionFormat format() {
        return CollectionFormat.JSONL;
    }

    @Override
    public byte[] header() {
        return NOTHING;
    }

    @Override
    public Item.Encoded encode(Row row) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(row.note().body().size() + 512);
        NoteGraph graph = row.graph();
        NoteJson.writeLine(row.note(), out, List.of( // the lists after the body, as JsonRenderer writes them
                Map.entry("links", graph.links()),
                Map.entry("backlinks", graph.backlinks()),
                Map.entry("attachments", graph.attachments()),
                Map.entry("unresolvedLinks", graph.unresolved())));
        out.write('\n');
        return new Item.Line(row.note().path(), out.toByteArray());
    }

    @Override
    public boolean readable(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(START.length);
            return start.length == 0 || java.util.Arrays.equals(start, START);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public Rows read(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return new Rows() {
            private final ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
            private final byte[] buffer = new byte[1 << 16];
            private int at;
            private int end;
            private long number;

            @Override
            public Item.Line next() throws IOException {
                line.reset();
                while (true) {
                    if (at == end) {
                        at = 0;
                        end = Math.max(0, in.read(buffer));
                        if (end == 0) {
                            break;
                        }
                    }
                    int from = at;
                    while (at < end && buffer[at] != '\n') {
                        at++;
                    }
                    boolean lineEnd = at < end;
                    at += lineEnd ? 1 : 0;
                    line.write(buffer, from, at - from);
                    if (lineEnd) {
                        break;
                    }
                }
                if (line.size() == 0) {
                    return null;
                }
                number++;
                byte[] bytes = line.toByteArray();
                return new Item.Line(path(bytes), bytes);
            }

            /** The note's path: the line's first field, as this format writes it. */
            private String path(byte[] bytes) throws IOException {
                try (JsonParser json = NoteJson.FACTORY.createParser(bytes)) {
                    if (json.nextToken() == JsonToken.START_OBJECT && "path".equals(json.nextFieldName())
                            && json.nextToken() == JsonToken.VALUE_STRING && bytes[bytes.length - 1] == '\n') {
                        return json.getText();
                    }
                } catch (com.fasterxml.jackson.core.JacksonException e) {
                    // reported below, as any other line this format would not write
                }
                throw new IOException(file + ": line " + number + " is not a note as SmartNotes writes it");
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }
}
