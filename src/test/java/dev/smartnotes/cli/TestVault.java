package dev.smartnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * The vaults the end-to-end tests export: two hand-made ones that the sample generator does not make
 * ({@code src/test/resources/vaults/obsidian} and {@code …/dendron}) and a generated sample vault.
 * The attachments of the hand-made vaults are made here, small and deterministic, so that no binary
 * file is committed; so is one note whose name is in NFD, as a vault synced from macOS has them.
 */
enum TestVault {
    OBSIDIAN,
    DENDRON,
    SAMPLE;

    /** The attachments of the hand-made vaults: vault path → kind of content. */
    private static final Map<TestVault, Map<String, String>> ATTACHMENTS = Map.of(
            OBSIDIAN, Map.of(
                    "Attachments/diagram.png", "png",
                    "Projects/Alpha/diagram.png", "png",
                    "Attachments/Pasted image 20240315093012.png", "png",
                    "Attachments/unused.png", "png",
                    "Attachments/photo café.jpg", "jpg",
                    "Attachments/Quarterly report.pdf", "pdf",
                    "Attachments/voice memo 2024-03-01.m4a", "m4a"),
            DENDRON, Map.of(
                    "assets/images/arch.png", "png",
                    "assets/spec.pdf", "pdf"),
            SAMPLE, Map.of());

    /** The note whose file name is written in NFD (decomposed accents); notes link to it in NFC. */
    static final String NFD_NOTE = "Areas/Santé & sport/" + Normalizer.normalize("Café ☕.md", Normalizer.Form.NFD);

    /** Writes this vault into {@code folder} (which must not exist yet or be empty) and returns it. */
    Path materialize(Path folder) throws IOException {
        Files.createDirectories(folder);
        switch (this) {
            case OBSIDIAN, DENDRON -> {
                copyTree(resource(name().toLowerCase(java.util.Locale.ROOT)), folder);
                for (Map.Entry<String, String> attachment : ATTACHMENTS.get(this).entrySet()) {
                    Path file = folder.resolve(attachment.getKey());
                    Files.createDirectories(file.getParent());
                    Files.write(file, bytes(attachment.getValue(), attachment.getKey()));
                }
                if (this == OBSIDIAN) {
                    Files.writeString(folder.resolve(NFD_NOTE), "---\nopen: 07:30\n---\n# Café ☕\n\nAfter the run, back [[Home]].\n");
                }
            }
            case SAMPLE -> {
                Cli cli = Cli.create();
                assertThat(cli.run("sample", "--count", "300", "--seed", "7", "--out", folder.toString())).as(cli.toString()).isZero();
            }
        }
        return folder;
    }

    static Path resource(String name) {
        try {
            return Path.of(TestVault.class.getResource("/vaults/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            paths.forEach(path -> {
                Path target = to.resolve(from.relativize(path).toString());
                try {
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(path, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /**
     * A few hundred bytes that look like a file of this kind (a real PNG; the others a real header and
     * noise), the same for the same name, with CR, LF, NUL and bytes above 127 in them so that a copy
     * that is not byte for byte shows.
     */
    static byte[] bytes(String kind, String name) {
        Random random = new Random(name.hashCode());
        byte[] noise = new byte[160 + random.nextInt(200)];
        random.nextBytes(noise);
        noise[0] = '\r';
        noise[1] = '\n';
        noise[2] = 0;
        noise[3] = (byte) 0xFF;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (kind) {
            case "png" -> out.writeBytes(png(random));
            case "jpg" -> {
                out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0});
                out.writeBytes(noise);
                out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD9});
            }
            case "pdf" -> {
                out.writeBytes("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Length 200 >>\nstream\n".getBytes(StandardCharsets.ISO_8859_1));
                out.writeBytes(noise);
                out.writeBytes("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            case "m4a" -> {
                out.writeBytes(new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'M', '4', 'A', ' ', 0, 0, 0, 0, 'M', '4', 'A', ' ', 'i', 's', 'o', 'm'});
                out.writeBytes(noise);
            }
            default -> throw new IllegalArgumentException(kind);
        }
        return out.toByteArray();
    }

    /** A valid 4×4 RGB PNG with random pixels. */
    private static byte[] png(Random random) {
        byte[] raw = new byte[4 * (1 + 4 * 3)];
        random.nextBytes(raw);
        for (int row = 0; row < 4; row++) {
            raw[row * 13] = 0; // filter type: none
        }
        Deflater deflater = new Deflater();
        deflater.setInput(raw);
        deflater.finish();
        byte[] compressed = new byte[256];
        int length = deflater.deflate(compressed);
        deflater.end();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(4).putInt(4).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(out, "IDAT", java.util.Arrays.copyOf(compressed, length));
        byte[] text = new byte[120 + random.nextInt(120)];
        random.nextBytes(text);
        chunk(out, "prVt", text); // a private ancillary chunk: a few hundred bytes of anything
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
