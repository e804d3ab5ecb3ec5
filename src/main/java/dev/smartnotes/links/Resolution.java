package dev.smartnotes.links;

/** What a link target names in a vault: one file, or nothing, and why. */
public sealed interface Resolution {

    /**
     * The file the target names. {@code sameName} counts the files the target could have named (the
     * files of that name whose path ends with the target); above 1 the name was ambiguous and
     * {@code path} is the one Obsidian picks.
     */
    record Found(String path, int sameName) implements Resolution {
        /** Whether other files could also have been meant. */
        public boolean ambiguous() {
            return sameName > 1;
        }
    }

    /** No file: the reason says which of the usual mistakes it was. */
    record Missing(Reason reason) implements Resolution {}

    /** Why a target names no file. */
    enum Reason {
        /** No file of that name or path. */
        NO_SUCH_FILE("no such note or file"),
        /** The target names a folder, which a link cannot open. */
        FOLDER("names a folder"),
        /** The target climbs out of the vault with {@code ../}, or is a drive path such as {@code C:/}. */
        OUTSIDE_VAULT("leaves the vault"),
        /** A file or folder whose name starts with a dot, which Obsidian does not index. */
        HIDDEN("names a hidden file");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        /** A few words for a message line. */
        public String text() {
            return text;
        }
    }
}
