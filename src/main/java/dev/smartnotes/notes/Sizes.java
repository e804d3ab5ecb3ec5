package dev.smartnotes.notes;

import java.util.Locale;

/** Byte counts for people: {@code 512 B}, {@code 1.5 KB}, {@code 10 MB} (powers of 1000). */
public final class Sizes {
    private Sizes() {}

    public static String human(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        String number = value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.1f", value);
        return number + " " + units[unit];
    }

    /** Parses {@code 10MB}, {@code 512KB}, {@code 1GB}, {@code 2000} (bytes). */
    public static long parse(String text) {
        String s = text.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        long factor = 1;
        for (String[] unit : new String[][] {{"GIB", "1073741824"}, {"MIB", "1048576"}, {"KIB", "1024"},
                {"GB", "1000000000"}, {"MB", "1000000"}, {"KB", "1000"}, {"B", "1"}}) {
            if (s.endsWith(unit[0])) {
                factor = Long.parseLong(unit[1]);
                s = s.substring(0, s.length() - unit[0].length());
                break;
            }
        }
        double value = Double.parseDouble(s);
        if (value < 0 || Double.isNaN(value)) {
            throw new IllegalArgumentException("size must not be negative: " + text);
        }
        return (long) (value * factor);
    }
}
