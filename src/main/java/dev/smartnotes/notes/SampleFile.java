package dev.smartnotes.notes;

import java.util.Arrays;

/**
 * One file of a generated collection: a note ({@link SampleGenerator.Sample}) or any other file of a
 * vault ({@link Attachment}). The path is relative to the vault, with {@code /} separators.
 */
public sealed interface SampleFile permits SampleGenerator.Sample, SampleFile.Attachment {
    String path();

    /** The file's content. */
    byte[] bytes();

    /** A file that is not a note: an image, a PDF, a canvas, the vault's settings… */
    record Attachment(String path, Kind kind, byte[] bytes) implements SampleFile {
        @Override
        public boolean equals(Object o) {
            return o instanceof Attachment a && a.path.equals(path) && a.kind == kind && Arrays.equals(a.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return path.hashCode() * 31 + Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "Attachment[" + path + ", " + kind + ", " + bytes.length + " bytes]";
        }
    }

    /** The kinds of files besides notes that a generated vault holds, each with its file extension. */
    enum Kind {
        PNG("png"), JPEG("jpg"), GIF("gif"), SVG("svg"), PDF("pdf"), MP3("mp3"), OGG("ogg"), WAV("wav"),
        MP4("mp4"), WEBM("webm"), CANVAS("canvas"), BASE("base"), ZIP("zip"), CSV("csv"),
        /** The vault's own settings, in its hidden {@code .obsidian} folder: never a link's target. */
        SETTINGS("json");

        private final String extension;

        Kind(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        public boolean image() {
            return this == PNG || this == JPEG || this == GIF || this == SVG;
        }
    }
}
