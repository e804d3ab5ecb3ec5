package dev.smartnotes.collect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file the notes link to or embed, for the {@code attachments} table: its vault-relative path, size,
 * modification time (epoch milliseconds; an incremental run reads again only a file whose size or
 * time changed) and SHA-256 (hex).
 */
public record AttachmentRow(String path, long size, long modified, String sha256) {

    /** Reads {@code file} (streamed, never whole in memory; a link is refused) for the row of the attachment at {@code path}. */
    public static AttachmentRow of(String path, Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        long modified = Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toMillis();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            for (int n; (n = in.read(buffer)) > 0; size += n) {
                digest.update(buffer, 0, n);
            }
        }
        return new AttachmentRow(path, size, modified, HexFormat.of().formatHex(digest.digest()));
    }
}
