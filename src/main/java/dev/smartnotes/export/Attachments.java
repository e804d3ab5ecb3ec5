package dev.smartnotes.export;

import java.util.Locale;

/** Which files other than notes an export copies beside the Markdown (--attachments). */
public enum Attachments {
    /** Those some exported note links to or embeds. */
    REFERENCED,
    /** Every file of the vault that is not hidden. */
    ALL,
    /** None: links to them stay as written. */
    NONE;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
