package dev.smartnotes.notes;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A note's body as well-formed UTF-8 bytes, its text decoded only when asked for. A note read from
 * a file keeps the file's own bytes, so that the renderers copy them rather than decode every body
 * into text and encode it again (most notes hold some non-Latin text, which makes both slow).
 * Immutable; equal when the bytes are.
 */
public final class Body {
    private static final Body EMPTY = new Body(new byte[0], 0, 0, "", true);

    private final byte[] bytes;
    private final int offset;
    private final int length;
    private final boolean exact;
    /** The text, decoded on first use (a race only decodes it twice). */
    private String text;

    private Body(byte[] bytes, int offset, int length, String text, boolean exact) {
        this.bytes = bytes;
        this.offset = offset;
        this.length = length;
        this.text = text;
        this.exact = exact;
    }

    /**
     * The body of a text. A lone surrogate (a JSON file of notes may hold one) has no UTF-8 form: the
     * bytes then hold {@code ?} for it, as the encoder writes it, and {@link #exact()} is false, so
     * that JSON is written from the text, which keeps it.
     */
    public static Body of(String text) {
        if (text == null || text.isEmpty()) {
            return EMPTY;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new Body(bytes, 0, bytes.length, text, !hasLoneSurrogate(text));
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** The bytes from {@code from} to the end, which the caller has checked are UTF-8 and never changes. */
    static Body utf8(byte[] bytes, int from) {
        return from == bytes.length ? EMPTY : new Body(bytes, from, bytes.length - from, null, true);
    }

    @JsonValue // data binding (such as a test writing notes as JSON) sees the text
    public String text() {
        String t = text;
        if (t == null) {
            t = new String(bytes, offset, length, StandardCharsets.UTF_8);
            text = t;
        }
        return t;
    }

    /** Whether the bytes are the text's exact UTF-8 form (false only for a text with a lone surrogate). */
    public boolean exact() {
        return exact;
    }

    /**
     * Whether the body holds the ASCII character {@code first} directly followed by one of the ASCII
     * characters of {@code then}: one pass over the bytes, without decoding them (in UTF-8 an ASCII
     * byte is always that character).
     */
    public boolean holdsPair(char first, String then) {
        for (int i = offset, last = offset + length - 1; i < last; i++) {
            if (bytes[i] == first && then.indexOf(bytes[i + 1]) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The length in bytes. */
    public int size() {
        return length;
    }

    public byte byteAt(int index) {
        return bytes[offset + index];
    }

    /** Copies the bytes into {@code target} at {@code at}. */
    public void copyTo(byte[] target, int at) {
        System.arraycopy(bytes, offset, target, at, length);
    }

    /** Writes the bytes from {@code from} to {@code to}. */
    public void writeTo(ByteArrayOutputStream out, int from, int to) {
        out.write(bytes, offset + from, to - from);
    }

    /** Hands the bytes to a writer that takes an array, offset and length (such as Jackson's UTF-8 string). */
    <E extends Exception> void writeTo(Utf8Sink<E> sink) throws E {
        sink.write(bytes, offset, length);
    }

    interface Utf8Sink<E extends Exception> {
        void write(byte[] bytes, int offset, int length) throws E;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Body other && exact == other.exact
                && (exact ? Arrays.equals(bytes, offset, offset + length, other.bytes, other.offset, other.offset + other.length)
                        : text().equals(other.text()));
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (int i = offset; i < offset + length; i++) {
            h = 31 * h + bytes[i];
        }
        return h;
    }

    @Override
    public String toString() {
        return text();
    }
}
