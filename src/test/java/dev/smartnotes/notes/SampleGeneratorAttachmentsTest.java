package dev.smartnotes.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.smartnotes.notes.SampleFile.Attachment;
import dev.smartnotes.notes.SampleFile.Kind;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The attachments of a generated vault: every kind, each a valid file of its format, placed and referenced as in real vaults. */
class SampleGeneratorAttachmentsTest {

    static java.util.stream.LongStream seeds() {
        return SampleGeneratorVaultTest.seeds();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyKindIsThereAboutOneForNineNotes(long seed) {
        var vault = SampleGeneratorVaultTest.Vault.of(seed);
        Set<Kind> kinds = vault.attachments.values().stream().map(Attachment::kind).collect(Collectors.toSet());
        assertThat(kinds).as("seed %d", seed).isEqualTo(EnumSet.allOf(Kind.class));
        assertThat(vault.attachments).hasSize(1 + Math.round(SampleGeneratorVaultTest.NOTES / 9f));
        for (Attachment file : vault.attachments.values()) {
            assertThat(file.path()).as("seed %d", seed).endsWith("." + file.kind().extension());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void sizesRangeFromHundredsOfBytesToTensOfKilobytes(long seed) {
        List<Integer> sizes = SampleGeneratorVaultTest.Vault.of(seed).attachments.values().stream()
                .filter(a -> a.kind() != Kind.SETTINGS).map(a -> a.bytes().length).toList();
        assertThat(sizes).as("seed %d", seed).allMatch(n -> n >= 200 && n <= 80_000).anyMatch(n -> n < 1_500).anyMatch(n -> n > 10_000);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void attachmentsLieInTheirFoldersAndBesideNotesAndSomeAreNeverLinked(long seed) {
        var vault = SampleGeneratorVaultTest.Vault.of(seed);
        Set<String> noteFolders = vault.notes.keySet().stream().map(SampleGeneratorAttachmentsTest::folder).collect(Collectors.toSet());
        List<String> folders = vault.attachments.keySet().stream().map(SampleGeneratorAttachmentsTest::folder).toList();
        assertThat(folders).as("seed %d", seed).contains("attachments", "assets").anyMatch(noteFolders::contains)
                .anyMatch(f -> f.endsWith("img"));
        Set<String> linked = vault.links.stream().flatMap(l -> l.resolved().stream()).collect(Collectors.toSet());
        assertThat(vault.attachments.keySet()).as("seed %d", seed).anyMatch(linked::contains)
                .anyMatch(p -> !linked.contains(p) && !p.startsWith(".obsidian/"));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyFileIsValidInItsFormat(long seed) throws Exception {
        var vault = SampleGeneratorVaultTest.Vault.of(seed);
        for (Attachment file : vault.attachments.values()) {
            byte[] b = file.bytes();
            String what = "seed " + seed + ": " + file;
            switch (file.kind()) {
                case PNG -> {
                    assertThat(Arrays.copyOf(b, 8)).as(what).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
                    assertPngChunks(b, what);
                    assertThat(ImageIO.read(new ByteArrayInputStream(b))).as(what).isNotNull();
                }
                case JPEG -> {
                    assertThat(Arrays.copyOf(b, 3)).as(what).isEqualTo(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
                    assertThat(Arrays.copyOfRange(b, b.length - 2, b.length)).as(what).isEqualTo(new byte[] {(byte) 0xFF, (byte) 0xD9});
                    assertThat(ImageIO.read(new ByteArrayInputStream(b))).as(what).isNotNull();
                }
                case GIF -> {
                    assertThat(ascii(b, 0, 6)).as(what).isEqualTo("GIF89a");
                    assertThat(b[b.length - 1]).as(what).isEqualTo((byte) 0x3B);
                    var image = ImageIO.read(new ByteArrayInputStream(b));
                    assertThat(image.getWidth() * image.getHeight()).as(what).isPositive();
                }
                case SVG -> assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(b))
                        .getDocumentElement().getTagName()).as(what).isEqualTo("svg");
                case PDF -> assertPdf(b, what);
                case MP3 -> {
                    assertThat(ascii(b, 0, 3)).as(what).isEqualTo("ID3");
                    int tag = 10 + (b[6] << 21 | b[7] << 14 | b[8] << 7 | b[9]);
                    assertThat(b[tag] & 0xFF).as(what).isEqualTo(0xFF);
                    assertThat(b[tag + 1] & 0xE0).as(what + ": a frame's sync bits").isEqualTo(0xE0);
                    assertThat((b.length - tag) % 417).as(what + ": whole frames").isZero();
                }
                case OGG -> assertOgg(b, what);
                case WAV -> {
                    ByteBuffer wav = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
                    assertThat(ascii(b, 0, 4) + ascii(b, 8, 16) + ascii(b, 36, 40)).as(what).isEqualTo("RIFFWAVEfmt data");
                    assertThat(wav.getInt(4)).as(what).isEqualTo(b.length - 8);
                    assertThat(wav.getInt(40)).as(what).isEqualTo(b.length - 44);
                }
                case MP4 -> assertBoxes(b, what);
                case WEBM -> {
                    assertThat(Arrays.copyOf(b, 4)).as(what).isEqualTo(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3});
                    assertThat(ascii(b, 0, 64)).as(what).contains("webm");
                }
                case ZIP -> {
                    List<String> names = new ArrayList<>();
                    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
                        for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                            names.add(entry.getName());
                            zip.readAllBytes(); // checks the CRC
                        }
                    }
                    assertThat(names).as(what).containsExactly("README.txt", "data/values.csv");
                }
                case CSV -> {
                    List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(new String(b, StandardCharsets.UTF_8))).getRecords();
                    assertThat(records.getFirst().values()).as(what).containsExactly("date", "item", "amount", "currency");
                    assertThat(records).as(what).hasSizeGreaterThan(2).allMatch(r -> r.size() == 4);
                }
                case CANVAS -> assertCanvas(b, vault, what);
                case BASE -> {
                    Object base = new Load(LoadSettings.builder().build()).loadFromString(new String(b, StandardCharsets.UTF_8));
                    assertThat(base).as(what).isInstanceOfSatisfying(Map.class, map -> assertThat(map).containsKeys("filters", "views"));
                }
                case SETTINGS -> assertThat(NoteJson.mapper().readTree(b).get("attachmentFolderPath").asText()).as(what).isEqualTo("attachments");
            }
        }
    }

    private static void assertPngChunks(byte[] b, String what) {
        ByteBuffer png = ByteBuffer.wrap(b);
        List<String> types = new ArrayList<>();
        for (int at = 8; at < b.length; ) {
            int length = png.getInt(at);
            String type = ascii(b, at + 4, at + 8);
            CRC32 crc = new CRC32();
            crc.update(b, at + 4, length + 4);
            assertThat(png.getInt(at + 8 + length)).as("%s: the CRC of %s", what, type).isEqualTo((int) crc.getValue());
            types.add(type);
            at += 12 + length;
        }
        assertThat(types).as(what).startsWith("IHDR").endsWith("IEND").contains("IDAT");
    }

    /** The header, the end, and every object where the cross-reference table says it is. */
    private static void assertPdf(byte[] b, String what) {
        String pdf = new String(b, StandardCharsets.ISO_8859_1);
        assertThat(pdf).as(what).startsWith("%PDF-1.4\n").endsWith("%%EOF\n");
        int xref = Integer.parseInt(pdf.substring(pdf.lastIndexOf("startxref\n") + 10, pdf.lastIndexOf("\n%%EOF")));
        assertThat(pdf.substring(xref)).as(what).startsWith("xref\n0 ");
        List<String> rows = pdf.substring(xref).lines().skip(3).takeWhile(l -> l.length() == 19 && l.endsWith(" n ")).toList();
        assertThat(rows).as(what).hasSizeGreaterThan(5);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(pdf.substring(Integer.parseInt(rows.get(i).substring(0, 10)))).as(what).startsWith((i + 1) + " 0 obj\n");
        }
    }

    /** Every page: its capture pattern and its CRC; the first holds the Opus header, the last ends the stream. */
    private static void assertOgg(byte[] b, String what) {
        int pages = 0;
        int at = 0;
        int last = 0;
        while (at < b.length) {
            assertThat(ascii(b, at, at + 4)).as(what).isEqualTo("OggS");
            int segments = b[at + 26] & 0xFF;
            int length = 27 + segments;
            for (int i = 0; i < segments; i++) {
                length += b[at + 27 + i] & 0xFF;
            }
            byte[] page = Arrays.copyOfRange(b, at, at + length);
            int stored = ByteBuffer.wrap(page).order(ByteOrder.LITTLE_ENDIAN).getInt(22);
            Arrays.fill(page, 22, 26, (byte) 0);
            assertThat(oggCrc(page)).as("%s: page %d", what, pages).isEqualTo(stored);
            last = at;
            at += length;
            pages++;
        }
        assertThat(ascii(b, 28, 36)).as(what).isEqualTo("OpusHead");
        assertThat(b[5] & 0x02).as(what + ": beginning of stream").isEqualTo(2);
        assertThat(b[last + 5] & 0x04).as(what + ": end of stream").isEqualTo(4);
        assertThat(pages).as(what).isGreaterThanOrEqualTo(3);
    }

    private static int oggCrc(byte[] page) {
        int crc = 0;
        for (byte value : page) {
            crc ^= (value & 0xFF) << 24;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x80000000) != 0 ? (crc << 1) ^ 0x04C11DB7 : crc << 1;
            }
        }
        return crc;
    }

    /** ISO base media boxes that fill the file exactly: ftyp first, then a movie. */
    private static void assertBoxes(byte[] b, String what) {
        List<String> types = new ArrayList<>();
        ByteBuffer mp4 = ByteBuffer.wrap(b);
        int at = 0;
        while (at < b.length) {
            int size = mp4.getInt(at);
            assertThat(size).as(what).isGreaterThanOrEqualTo(8);
            types.add(ascii(b, at + 4, at + 8));
            at += size;
        }
        assertThat(at).as(what).isEqualTo(b.length);
        assertThat(types).as(what).startsWith("ftyp", "moov");
    }

    /** Valid JSON Canvas: nodes with ids, file nodes that name files of the vault, edges between nodes. */
    private static void assertCanvas(byte[] b, SampleGeneratorVaultTest.Vault vault, String what) throws Exception {
        JsonNode canvas = NoteJson.mapper().readTree(b);
        Set<String> ids = new HashSet<>();
        canvas.get("nodes").forEach(node -> {
            assertThat(ids.add(node.get("id").asText())).as(what).isTrue();
            assertThat(node.get("type").asText()).as(what).isIn("text", "file", "link", "group");
            if (node.get("type").asText().equals("file")) {
                String file = node.get("file").asText();
                assertThat(vault.notes.containsKey(file) || vault.attachments.containsKey(file)).as("%s: %s", what, file).isTrue();
            }
        });
        assertThat(ids).as(what).hasSizeGreaterThan(3);
        canvas.get("edges").forEach(edge -> assertThat(ids).as(what).contains(edge.get("fromNode").asText(), edge.get("toNode").asText()));
        assertThat(canvas.get("nodes").findValuesAsText("file")).as(what).anyMatch(f -> f.endsWith(".md"));
    }

    private static String ascii(byte[] b, int from, int to) {
        return new String(b, from, Math.min(to, b.length) - from, StandardCharsets.ISO_8859_1);
    }

    private static String folder(String path) {
        return path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
    }
}
