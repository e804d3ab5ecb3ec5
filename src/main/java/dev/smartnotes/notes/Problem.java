package dev.smartnotes.notes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Something that went wrong with one note or file, shown to the user as {@code where: reason}. */
public record Problem(String where, String reason) {
    /** Control characters, line and paragraph separators, and bidirectional formatting characters. */
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\u2028\\u2029\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    /** One line, whatever the file is called: a newline or an escape sequence in a name is shown as {@code \\u000A}. */
    @Override
    public String toString() {
        return printable(where) + ": " + printable(reason);
    }

    static String printable(String text) {
        Matcher m = UNPRINTABLE.matcher(text);
        return m.find() ? m.replaceAll(c -> Matcher.quoteReplacement(String.format("\\u%04X", (int) c.group().charAt(0)))) : text;
    }
}
