package dev.smartnotes.notes;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * Small images for a sample vault, each a valid file of its format and about the size asked for:
 * PNG and GIF drawn here, JPEG a fixed 8×8 picture with a comment to give it its size. Nothing is
 * compressed by a library, so that the same seed gives the same bytes with any zlib.
 */
final class SampleImages {
    /** An 8×8 grey gradient, baseline JPEG: JFIF header, tables, frame, scan. */
    private static final byte[] JPEG = HexFormat.of().parseHex(
            "ffd8ffe000104a46494600010200000100010000ffdb004300100b0c0e0c0a100e0d0e1211101318281a181616183123251d283a333d3c"
            + "3933383740485c4e404457453738506d51575f626768673e4d71797064785c656763ffc0000b080008000801011100ffc4001f000001"
            + "0501010101010100000000000000000102030405060708090a0bffc400b5100002010303020403050504040000017d0102030004110512"
            + "2131410613516107227114328191a1082342b1c11552d1f02433627282090a161718191a25262728292a3435363738393a434445464748"
            + "494a535455565758595a636465666768696a737475767778797a838485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4"
            + "b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9faffda0008010100003f003c"
            + "3d6ff778afffd9");
    /** Where the JFIF segment ends in {@link #JPEG}: the comments go there. */
    private static final int AFTER_JFIF = 20;

    private SampleImages() {}

    /** An RGB PNG of random colour bands, its pixels in stored (uncompressed) deflate blocks. */
    static byte[] png(SplittableRandom random, int size) {
        int width = side(random, (size - 80) / 3);
        int height = Math.max(4, (size - 80) / (3 * width + 1));
        byte[] raw = new byte[height * (3 * width + 1)];
        int[] colour = {random.nextInt(256), random.nextInt(256), random.nextInt(256)};
        for (int y = 0, i = 0; y < height; y++) {
            raw[i++] = 0; // filter: none
            if (random.nextInt(6) == 0) {
                colour[random.nextInt(3)] = random.nextInt(256);
            }
            for (int x = 0; x < width; x++) {
                for (int c = 0; c < 3; c++) {
                    raw[i++] = (byte) (colour[c] + x * 2 + random.nextInt(8));
                }
            }
        }
        SampleBytes png = new SampleBytes(raw.length + 100).u8(0x89).ascii("PNG\r\n").u8(0x1A, '\n');
        chunk(png, "IHDR", new SampleBytes(13).be32(width).be32(height).u8(8, 2, 0, 0, 0).toArray());
        chunk(png, "tEXt", new SampleBytes(32).ascii("Software").u8(0).ascii("SmartNotes sample").toArray());
        chunk(png, "IDAT", zlibStored(raw));
        chunk(png, "IEND", new byte[0]);
        return png.toArray();
    }

    private static void chunk(SampleBytes png, String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        png.be32(data.length).ascii(type).bytes(data).be32(crc.getValue());
    }

    /** A zlib stream of stored blocks: valid, and the same bytes everywhere. */
    private static byte[] zlibStored(byte[] data) {
        SampleBytes z = new SampleBytes(data.length + data.length / 65535 * 5 + 16).u8(0x78, 0x01);
        int offset = 0;
        do {
            int length = Math.min(65535, data.length - offset);
            z.u8(offset + length == data.length ? 1 : 0).le16(length).le16(~length & 0xFFFF);
            z.bytes(Arrays.copyOfRange(data, offset, offset + length));
            offset += length;
        } while (offset < data.length);
        Adler32 adler = new Adler32();
        adler.update(data);
        return z.be32(adler.getValue()).toArray();
    }

    /** The fixed JPEG, with comment segments of random words to reach {@code size}. */
    static byte[] jpeg(SplittableRandom random, int size) {
        SampleBytes jpeg = new SampleBytes(size + 64).bytes(Arrays.copyOf(JPEG, AFTER_JFIF));
        for (int left = size - JPEG.length; left > 4; left -= 65_537) {
            int length = Math.min(left - 4, 65_533);
            jpeg.u8(0xFF, 0xFE).be16(length + 2).ascii(letters(random, length));
        }
        return jpeg.bytes(Arrays.copyOfRange(JPEG, AFTER_JFIF, JPEG.length)).toArray();
    }

    /**
     * A GIF of random colour runs, 128 colours. Each pixel is one 8-bit LZW code and a clear code
     * comes every {@link #GIF_RUN} pixels, before the code width would grow: a valid GIF written
     * without an LZW encoder.
     */
    static byte[] gif(SplittableRandom random, int size) {
        int width = side(random, size - 420);
        int height = Math.max(2, (size - 420) / width);
        SampleBytes gif = new SampleBytes(size + 64).ascii("GIF89a").le16(width).le16(height).u8(0xF6, 0, 0);
        for (int i = 0; i < 128 * 3; i++) {
            gif.u8(random.nextInt(256));
        }
        gif.u8(0x2C).le16(0).le16(0).le16(width).le16(height).u8(0).u8(7); // image descriptor, LZW minimum code size
        SampleBytes codes = new SampleBytes(width * height * 102 / 100 + 2);
        int colour = random.nextInt(128);
        for (int pixel = 0; pixel < width * height; pixel++) {
            if (pixel % GIF_RUN == 0) {
                codes.u8(128); // clear
            }
            if (random.nextInt(12) == 0) {
                colour = random.nextInt(128);
            }
            codes.u8(colour);
        }
        byte[] data = codes.u8(129).toArray(); // end of information
        for (int offset = 0; offset < data.length; offset += 255) {
            int length = Math.min(255, data.length - offset);
            gif.u8(length).bytes(Arrays.copyOfRange(data, offset, offset + length));
        }
        return gif.u8(0).u8(0x3B).toArray();
    }

    private static final int GIF_RUN = 100;

    /** The width of a picture of about {@code pixels} pixels, between half and twice its height. */
    private static int side(SplittableRandom random, int pixels) {
        return Math.max(4, (int) (Math.sqrt(Math.max(16, pixels)) * (0.7 + 0.7 * random.nextDouble())));
    }

    /** Random lower-case ASCII words, {@code length} characters in all. */
    static String letters(SplittableRandom random, int length) {
        StringBuilder s = new StringBuilder(length);
        while (s.length() < length) {
            s.append(s.isEmpty() || random.nextInt(6) > 0 ? (char) ('a' + random.nextInt(26)) : ' ');
        }
        return s.toString();
    }
}
