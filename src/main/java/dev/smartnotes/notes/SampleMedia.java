package dev.smartnotes.notes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Audio, video and archives for a sample vault, each valid in its format and about the size asked
 * for: silent MP3 frames, Opus silence in Ogg, a PCM tone in WAV, MP4 and WebM containers with their
 * headers and no tracks, a ZIP of stored entries.
 */
final class SampleMedia {
    /** MPEG-1 Layer III, 128 kbit/s, 44.1 kHz, mono: 417 bytes a frame. */
    private static final int MP3_HEADER = 0xFFFB90C4;
    private static final int MP3_FRAME = 417;
    /** An Opus packet of 20 ms of silence (CELT, full band, one frame). */
    private static final byte[] OPUS_SILENCE = {(byte) 0xF8, (byte) 0xFF, (byte) 0xFE};
    private static final int[] OGG_CRC = oggCrcTable();

    private SampleMedia() {}

    /** An ID3v2.4 tag with the title, then silent frames. */
    static byte[] mp3(SplittableRandom random, int size, String title) {
        byte[] text = title.getBytes(StandardCharsets.UTF_8);
        int frame = text.length + 1;
        SampleBytes mp3 = new SampleBytes(size + MP3_FRAME).ascii("ID3").u8(4, 0, 0).be32(synchsafe(10 + frame))
                .ascii("TIT2").be32(synchsafe(frame)).u8(0, 0).u8(3).bytes(text);
        for (int frames = Math.max(1, (size - mp3.size()) / MP3_FRAME); frames > 0; frames--) {
            mp3.be32(MP3_HEADER).zeros(MP3_FRAME - 4);
        }
        return mp3.toArray();
    }

    private static int synchsafe(int n) {
        return (n & 0x7F) | (n << 1 & 0x7F00) | (n << 2 & 0x7F0000) | (n << 3 & 0x7F000000);
    }

    /** Ogg Opus: the identification and comment headers, then pages of 20 ms silences. */
    static byte[] ogg(SplittableRandom random, int size) {
        int serial = random.nextInt();
        SampleBytes ogg = new SampleBytes(size + 300);
        byte[] head = new SampleBytes(19).ascii("OpusHead").u8(1, 1).le16(312).le32(48_000).le16(0).u8(0).toArray();
        byte[] tags = new SampleBytes(40).ascii("OpusTags").le32(10).ascii("smartnotes").le32(0).toArray();
        oggPage(ogg, 0x02, 0, serial, 0, new byte[][] {head});
        oggPage(ogg, 0, 0, serial, 1, new byte[][] {tags});
        int packets = Math.max(1, (size - ogg.size()) / 4);
        long granule = 0;
        for (int page = 2; packets > 0; page++) {
            byte[][] onPage = new byte[Math.min(255, packets)][];
            Arrays.fill(onPage, OPUS_SILENCE);
            packets -= onPage.length;
            granule += 960L * onPage.length;
            oggPage(ogg, packets == 0 ? 0x04 : 0, granule, serial, page, onPage);
        }
        return ogg.toArray();
    }

    /** One page, each packet shorter than 255 bytes (one lacing value), its CRC computed over the whole page. */
    private static void oggPage(SampleBytes ogg, int type, long granule, int serial, int sequence, byte[][] packets) {
        SampleBytes page = new SampleBytes(300).ascii("OggS").u8(0, type).le64(granule).le32(serial).le32(sequence).le32(0)
                .u8(packets.length);
        for (byte[] packet : packets) {
            page.u8(packet.length);
        }
        for (byte[] packet : packets) {
            page.bytes(packet);
        }
        byte[] bytes = page.toArray();
        int crc = 0;
        for (byte b : bytes) {
            crc = (crc << 8) ^ OGG_CRC[((crc >>> 24) ^ b) & 0xFF];
        }
        bytes[22] = (byte) crc;
        bytes[23] = (byte) (crc >>> 8);
        bytes[24] = (byte) (crc >>> 16);
        bytes[25] = (byte) (crc >>> 24);
        ogg.bytes(bytes);
    }

    /** Ogg's CRC-32: polynomial 0x04C11DB7, not reflected, starting from zero. */
    private static int[] oggCrcTable() {
        int[] table = new int[256];
        for (int i = 0; i < 256; i++) {
            int r = i << 24;
            for (int bit = 0; bit < 8; bit++) {
                r = (r & 0x80000000) != 0 ? (r << 1) ^ 0x04C11DB7 : r << 1;
            }
            table[i] = r;
        }
        return table;
    }

    /** 8 kHz, 8-bit mono PCM: a tone that fades out. */
    static byte[] wav(SplittableRandom random, int size) {
        int samples = Math.max(8, size - 44);
        double frequency = 220 + random.nextInt(660);
        SampleBytes wav = new SampleBytes(samples + 44).ascii("RIFF").le32(36 + samples).ascii("WAVE")
                .ascii("fmt ").le32(16).le16(1).le16(1).le32(8000).le32(8000).le16(1).le16(8)
                .ascii("data").le32(samples);
        for (int i = 0; i < samples; i++) {
            double fade = 1 - (double) i / samples;
            wav.u8(128 + (int) Math.round(100 * fade * Math.sin(2 * Math.PI * frequency * i / 8000)));
        }
        return wav.toArray();
    }

    /** An ISO base media file: its type, a movie header with no tracks, and free space to its size. */
    static byte[] mp4(SplittableRandom random, int size) {
        SampleBytes mp4 = new SampleBytes(size + 200).be32(28).ascii("ftypisom").be32(0x200).ascii("isomiso2mp41");
        mp4.be32(116).ascii("moov").be32(108).ascii("mvhd").be32(0).be32(0).be32(0).be32(1000).be32(0)
                .be32(0x10000).be16(0x100).zeros(10);
        for (long m : new long[] {0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000}) {
            mp4.be32(m);
        }
        mp4.zeros(24).be32(1);
        int free = Math.max(8, size - mp4.size());
        return mp4.be32(free).ascii("free").ascii(SampleImages.letters(random, free - 8)).toArray();
    }

    /** A Matroska (WebM) file: the EBML header, a segment with its info, and a void element to its size. */
    static byte[] webm(SplittableRandom random, int size) {
        byte[] header = ebml(0x1A45DFA3, new SampleBytes(40).bytes(ebml(0x4286, 1)).bytes(ebml(0x42F7, 1)).bytes(ebml(0x42F2, 4))
                .bytes(ebml(0x42F3, 8)).bytes(ebml(0x4282, "webm")).bytes(ebml(0x4287, 4)).bytes(ebml(0x4285, 2)).toArray());
        byte[] info = ebml(0x1549A966, new SampleBytes(60).bytes(ebml(0x2AD7B1, 1_000_000)).bytes(ebml(0x4D80, "smartnotes"))
                .bytes(ebml(0x5741, "smartnotes sample")).toArray());
        byte[] filler = ebml(0xEC, new byte[Math.max(0, size - header.length - info.length - 20)]);
        return new SampleBytes(size + 40).bytes(header).bytes(ebml(0x18538067, new SampleBytes(size).bytes(info).bytes(filler).toArray()))
                .toArray();
    }

    private static byte[] ebml(int id, long value) {
        SampleBytes data = new SampleBytes(8);
        for (int shift = (63 - Long.numberOfLeadingZeros(value | 1)) / 8 * 8; shift >= 0; shift -= 8) {
            data.u8((int) (value >>> shift));
        }
        return ebml(id, data.toArray());
    }

    private static byte[] ebml(int id, String value) {
        return ebml(id, value.getBytes(StandardCharsets.US_ASCII));
    }

    /** An element: its ID (whose bytes carry their own length), its size as a variable-length integer, its data. */
    private static byte[] ebml(int id, byte[] data) {
        SampleBytes element = new SampleBytes(data.length + 12);
        for (int shift = (31 - Integer.numberOfLeadingZeros(id)) / 8 * 8; shift >= 0; shift -= 8) {
            element.u8(id >>> shift);
        }
        if (data.length < 0x7F) {
            element.u8(0x80 | data.length);
        } else if (data.length < 0x3FFF) {
            element.be16(0x4000 | data.length);
        } else {
            element.be32(0x10000000 | data.length);
        }
        return element.bytes(data).toArray();
    }

    /** A ZIP of two stored entries with a fixed time, so that its bytes depend on the seed alone. */
    static byte[] zip(SplittableRandom random, int size) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(size + 300);
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            store(zip, "README.txt", "Exported from SmartNotes sample data.\n".getBytes(StandardCharsets.UTF_8));
            store(zip, "data/values.csv", SampleDocuments.csv(random, Math.max(100, size - 300)));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: does not happen
        }
        return bytes.toByteArray();
    }

    private static void store(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(data.length);
        entry.setCompressedSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        entry.setCrc(crc.getValue());
        entry.setTimeLocal(LocalDateTime.of(2024, 1, 1, 12, 0));
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }
}
