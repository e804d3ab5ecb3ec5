package dev.smartnotes.links;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.stream.Stream;

/** SHA-256, for the fingerprints an incremental export compares. */
public final class Digests {
    private Digests() {}

    public static Digest sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static Digest sha256(byte[] bytes) {
        return Digest.of(newSha256().digest(bytes));
    }

    /**
     * The SHA-256 of a sequence of texts, each taken with its length (so that no two sequences give the
     * same bytes, whatever characters the texts hold), without joining them into one text first.
     */
    public static Digest sha256(Stream<String> texts) {
        MessageDigest sha256 = newSha256();
        texts.forEach(text -> {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            sha256.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).flip());
            sha256.update(bytes);
        });
        return Digest.of(sha256.digest());
    }

    private static MessageDigest newSha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
        }
    }

    /** Looked up once: a lookup asks every security provider; a clone is a copy of a few words. */
    private static final MessageDigest SHA_256 = sha256();

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
