package dev.smartnotes.links;

import java.nio.ByteBuffer;
import java.util.HexFormat;

/**
 * A SHA-256 digest, as the manifest compares them: a note's bytes, where its links led, its place in
 * the link graph. Held as its 32 bytes (an entry of a linked note has two or three, a million entries
 * for a big vault): as 64 hex digits in a string it took two and a half times the room.
 */
public record Digest(long first, long second, long third, long fourth) implements Comparable<Digest> {
    private static final HexFormat HEX = HexFormat.of();

    static Digest of(byte[] sha256) {
        ByteBuffer bytes = ByteBuffer.wrap(sha256);
        return new Digest(bytes.getLong(), bytes.getLong(), bytes.getLong(), bytes.getLong());
    }

    /** The digest written as {@link #toString()} writes it: 64 hex digits. */
    public static Digest parse(String hex) {
        try {
            if (hex.length() == 64) {
                return of(HEX.parseHex(hex));
            }
        } catch (IllegalArgumentException e) {
            // not hex digits: refused below like a wrong length
        }
        throw new IllegalArgumentException("not a SHA-256 digest (64 hex digits): "
                + (hex.length() <= 70 ? "\"" + hex + "\"" : hex.length() + " characters"));
    }

    /** In the order of their hex digits. */
    @Override
    public int compareTo(Digest other) {
        int order = Long.compareUnsigned(first, other.first);
        order = order != 0 ? order : Long.compareUnsigned(second, other.second);
        order = order != 0 ? order : Long.compareUnsigned(third, other.third);
        return order != 0 ? order : Long.compareUnsigned(fourth, other.fourth);
    }

    /** The 64 hex digits (lower case). */
    @Override
    public String toString() {
        return HEX.toHexDigits(first) + HEX.toHexDigits(second) + HEX.toHexDigits(third) + HEX.toHexDigits(fourth);
    }
}
