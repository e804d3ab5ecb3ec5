package dev.smartnotes.notes;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A growing array of bytes for the binary attachments of a sample vault, with big- and little-endian numbers. */
final class SampleBytes {
    private final ByteArrayOutputStream out;

    SampleBytes(int size) {
        out = new ByteArrayOutputStream(size);
    }

    SampleBytes u8(int... values) {
        for (int v : values) {
            out.write(v);
        }
        return this;
    }

    SampleBytes be16(int v) {
        return u8(v >>> 8, v);
    }

    SampleBytes be32(long v) {
        return u8((int) (v >>> 24), (int) (v >>> 16), (int) (v >>> 8), (int) v);
    }

    SampleBytes le16(int v) {
        return u8(v, v >>> 8);
    }

    SampleBytes le32(long v) {
        return u8((int) v, (int) (v >>> 8), (int) (v >>> 16), (int) (v >>> 24));
    }

    SampleBytes le64(long v) {
        return le32(v).le32(v >>> 32);
    }

    SampleBytes ascii(String s) {
        return bytes(s.getBytes(StandardCharsets.US_ASCII));
    }

    SampleBytes utf8(String s) {
        return bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    SampleBytes bytes(byte[] b) {
        out.write(b, 0, b.length);
        return this;
    }

    SampleBytes zeros(int n) {
        return bytes(new byte[Math.max(0, n)]);
    }

    int size() {
        return out.size();
    }

    byte[] toArray() {
        return out.toByteArray();
    }
}
