package dev.smartnotes.links;

import java.nio.ByteBuffer;
import java.util.HexFormat;

/**
 * A SHA-256 digest, as the manifest compares them: a note's bytes, where its links led, its place in
 * the link graph. Held as its 32 bytes (an entry of a linked note has two or three, a million entries
 * for a big vault): as 64 hex digits in a string it took two and a half times the room.
 */
public record Digest(long first, long second, long third, long fourth) {
    private static final HexFormat HEX = HexFormat.of();

    static Digest of(byte[] sha256) {
        ByteBuffer bytes = ByteBuffer.wrap(sha256);
        return new Digest(bytes.getLong(), bytes.getLong(), bytes.getLong(), bytes.getLong());
    }

    /** The digest written as {@link #toString()} writes it: 64 hex digits. */
    public static Digest parse(String hex) {
        if (hex.length() != 64) {
            throw new IllegalArgumentException("not a SHA-256 digest: " + hex);
        }
        return of(HEX.parseHex(hex));
    }

    /** The 64 hex digits (lower case). */
    @Override
    public String toString() {
        return HEX.toHexDigits(first) + HEX.toHexDigits(second) + HEX.toHexDigits(third) + HEX.toHexDigits(fourth);
    }
}
