package dev.smartnotes.collect;

import dev.smartnotes.render.CsvOptions;
import dev.smartnotes.render.CsvRenderer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code notes.csv}: the per-note CSV's header once ({@link CsvRenderer#header}, with the byte-order
 * mark if asked for), then each note's row as its own CSV file has it ({@link CsvRenderer#row}): the
 * same columns, formula guard and quoting. A note whose text UTF-8 cannot hold is refused.
 */
record CsvTable(CsvOptions options, CsvRenderer renderer) implements LineFormat {
    CsvTable(CsvOptions options) {
        this(options, new CsvRenderer(options));
    }

    @Override
    public CollectionFormat format() {
        return CollectionFormat.TABLE;
    }

    @Override
    public byte[] header() {
        return renderer.header();
    }

    @Override
    public Item.Encoded encode(Row row) {
        Optional<String> unencodable = Text.unencodable(row.note(), row.graph());
        return unencodable.<Item.Encoded>map(Item.Refused::new)
                .orElseGet(() -> new Item.Line(row.note().path(), renderer.row(row.note(), row.graph())));
    }

    @Override
    public boolean readable(Path file) {
        byte[] header = header();
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(header.length), header);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Parses the file with commons-csv and prints each record again with the same format, which gives
     * the bytes the row was written with (the body cell, which {@link CsvRenderer} writes from its bytes,
     * is quoted as commons-csv quotes it).
     */
    @Override
    public Rows read(Path file) throws IOException {
        Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), 1 << 16);
        if (options.bom() && reader.read() != '\uFEFF') {
            reader.close();
            throw new IOException(file + " does not start with a byte-order mark");
        }
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CsvRenderer.FORMAT).get();
        Iterator<CSVRecord> records = parser.iterator();
        if (!records.hasNext() || !records.next().toList().equals(CsvRenderer.HEADER)) {
            parser.close();
            throw new IOException(file + " does not start with the notes table's header");
        }
        return new Rows() {
            @Override
            public Item.Line next() throws IOException {
                try {
                    if (!records.hasNext()) {
                        return null;
                    }
                    CSVRecord record = records.next();
                    if (record.size() != CsvRenderer.HEADER.size()) {
                        throw new IOException(file + ": record " + record.getRecordNumber() + " has " + record.size() + " cells, not "
                                + CsvRenderer.HEADER.size());
                    }
                    StringBuilder text = new StringBuilder(256);
                    new CSVPrinter(text, CsvRenderer.FORMAT).printRecord(record.values());
                    String path = options.raw() ? record.get(0) : CsvRenderer.unguard(record.get(0));
                    return new Item.Line(path, text.toString().getBytes(StandardCharsets.UTF_8));
                } catch (UncheckedIOException e) { // the parser's iterator reports a read failure so
                    throw e.getCause();
                }
            }

            @Override
            public void close() throws IOException {
                parser.close();
            }
        };
    }
}
