package dev.smartnotes.notes;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Text attachments for a sample vault: SVG, a PDF of plain text pages, CSV, an Obsidian canvas (JSON
 * Canvas, showing notes of the vault), an Obsidian base (YAML) and the vault's settings (JSON).
 */
final class SampleDocuments {
    private static final String[] ITEMS = {"Coffee beans", "Rent, March", "Café crème", "Train to Zürich", "Смородина",
        "Books \"used\"", "抹茶", "Bike repair", "Groceries"};
    private static final String[] COLOURS = {"#4c72b0", "#dd8452", "#55a868", "#c44e52", "#8172b3", "#937860"};

    private SampleDocuments() {}

    static byte[] svg(SplittableRandom random, int size, String title) {
        int width = 200 + 20 * random.nextInt(20);
        int height = 120 + 20 * random.nextInt(10);
        StringBuilder svg = new StringBuilder(size + 200).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">%n",
                        width, height, width, height).replace("\r", ""))
                .append("  <title>").append(title.replace("&", "&amp;").replace("<", "&lt;")).append("</title>\n");
        while (svg.length() < size - 80) {
            String colour = COLOURS[random.nextInt(COLOURS.length)];
            int x = random.nextInt(width);
            int y = random.nextInt(height);
            svg.append(switch (random.nextInt(3)) {
                case 0 -> String.format(Locale.ROOT, "  <rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>",
                        x, y, 10 + random.nextInt(60), 10 + random.nextInt(40), colour);
                case 1 -> String.format(Locale.ROOT, "  <circle cx=\"%d\" cy=\"%d\" r=\"%d\" fill=\"%s\"/>", x, y, 4 + random.nextInt(30), colour);
                default -> String.format(Locale.ROOT, "  <text x=\"%d\" y=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%s</text>",
                        x, y, random.nextBoolean() ? "café → 東京" : "step " + random.nextInt(10));
            }).append('\n');
        }
        return svg.append("</svg>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A PDF 1.4 of pages of text in Helvetica, with its cross-reference table. */
    static byte[] pdf(SplittableRandom random, int size, String title) {
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add(null); // the page tree, once the pages are known
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        objects.add("<< /Title (" + title.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") /Producer (SmartNotes sample) >>");
        List<String> kids = new ArrayList<>();
        for (int left = size - 600; kids.isEmpty() || left > 0; ) {
            StringBuilder text = new StringBuilder("BT\n/F1 11 Tf\n14 TL\n56 786 Td\n");
            for (int line = 0; line < 52 && text.length() < Math.min(left, 3_600); line++) {
                text.append('(').append(SampleImages.letters(random, 30 + random.nextInt(50))).append(") Tj T*\n");
            }
            String content = text.append("ET").toString();
            left -= content.length() + 160;
            kids.add((objects.size() + 1) + " 0 R");
            objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents " + (objects.size() + 2)
                    + " 0 R /Resources << /Font << /F1 3 0 R >> >> >>");
            objects.add("<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream");
        }
        objects.set(1, "<< /Type /Pages /Kids [" + String.join(" ", kids) + "] /Count " + kids.size() + " >>");
        StringBuilder pdf = new StringBuilder(size + 400).append("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R /Info 4 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1); // one byte a character: the offsets are byte offsets
    }

    static byte[] csv(SplittableRandom random, int size) {
        StringBuilder csv = new StringBuilder(size + 100).append("date,item,amount,currency\n");
        while (csv.length() < size) {
            String item = ITEMS[random.nextInt(ITEMS.length)];
            boolean quote = item.contains(",") || item.contains("\"");
            csv.append(String.format(Locale.ROOT, "2024-%02d-%02d,%s,%d.%02d,%s%n", 1 + random.nextInt(12), 1 + random.nextInt(28),
                    quote ? "\"" + item.replace("\"", "\"\"") + "\"" : item, random.nextInt(200), random.nextInt(100),
                    random.nextInt(4) == 0 ? "CHF" : "EUR").replace("\r", ""));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** An Obsidian base: filters, a formula, a property's display name and two views. */
    static byte[] base(SplittableRandom random, String folder) {
        return ("""
                filters:
                  and:
                    - file.inFolder("%s")
                    - 'file.hasTag("%s")'
                formulas:
                  age: (now() - file.ctime).days
                properties:
                  note.rating:
                    displayName: Rating
                views:
                  - type: table
                    name: Rated %d and up
                    filters:
                      and:
                        - rating >= %d
                    order:
                      - file.name
                      - rating
                      - publish
                      - formula.age
                  - type: cards
                    name: Gallery
                    limit: %d
                """).formatted(folder, random.nextBoolean() ? "reading" : "project/alpha", 3, 3, 10 + random.nextInt(40))
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A canvas in the JSON Canvas format: a group, a text card with a wikilink, a card for each note
     * (some showing one heading), an image, a web page, and edges from each card to the next.
     */
    static byte[] canvas(SplittableRandom random, List<SampleNames.Plan> notes, String image) {
        int cards = notes.size() + 3;
        return json(json -> {
            List<String> ids = new ArrayList<>();
            json.writeStartObject();
            json.writeArrayFieldStart("nodes");
            node(json, random, ids, "group", cards);
            json.writeStringField("label", "Map of " + notes.size() + " notes");
            json.writeEndObject();
            node(json, random, ids, "text", cards);
            json.writeStringField("text", "## Start here\nBegin with [[" + (notes.isEmpty() ? "Home" : notes.getFirst().name())
                    + "]], then follow the arrows.");
            json.writeEndObject();
            for (SampleNames.Plan note : notes) {
                node(json, random, ids, "file", cards);
                json.writeStringField("file", note.path());
                if (random.nextInt(3) == 0) {
                    json.writeStringField("subpath", "#" + note.headings().getFirst());
                }
                json.writeEndObject();
            }
            if (image != null) {
                node(json, random, ids, "file", cards);
                json.writeStringField("file", image);
                json.writeEndObject();
            }
            node(json, random, ids, "link", cards);
            json.writeStringField("url", "https://jsoncanvas.org/spec/1.0/");
            json.writeEndObject();
            json.writeEndArray();
            json.writeArrayFieldStart("edges");
            for (int i = 2; i < ids.size(); i++) {
                json.writeStartObject();
                json.writeStringField("id", ids.get(i).substring(8) + ids.get(i - 1).substring(8));
                json.writeStringField("fromNode", ids.get(i - 1));
                json.writeStringField("fromSide", "right");
                json.writeStringField("toNode", ids.get(i));
                json.writeStringField("toSide", "left");
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /** Starts a node with its id, type, place and size, the group around all {@code cards}; the caller ends it. */
    private static void node(JsonGenerator json, SplittableRandom random, List<String> ids, String type, int cards) throws IOException {
        boolean group = type.equals("group");
        String id = String.format(Locale.ROOT, "%016x", random.nextLong());
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("type", type);
        json.writeNumberField("x", group ? -40 : (ids.size() - 1) * 300);
        json.writeNumberField("y", group ? -40 : 20 * random.nextInt(20));
        json.writeNumberField("width", group ? 300 * cards + 40 : 260);
        json.writeNumberField("height", group ? 620 : 140);
        if (random.nextInt(3) == 0) {
            json.writeStringField("color", Integer.toString(1 + random.nextInt(6)));
        }
        ids.add(id);
    }

    /** The settings Obsidian keeps in {@code .obsidian/app.json}. */
    static byte[] settings() {
        return json(json -> {
            json.writeStartObject();
            json.writeStringField("attachmentFolderPath", "attachments");
            json.writeStringField("newLinkFormat", "shortest");
            json.writeBooleanField("useMarkdownLinks", false);
            json.writeBooleanField("alwaysUpdateLinks", true);
            json.writeArrayFieldStart("userIgnoreFilters");
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private interface JsonWriting {
        void write(JsonGenerator json) throws IOException;
    }

    private static byte[] json(JsonWriting writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        try (JsonGenerator json = NoteJson.FACTORY.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            writing.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: does not happen
        }
        out.write('\n');
        return out.toByteArray();
    }
}
