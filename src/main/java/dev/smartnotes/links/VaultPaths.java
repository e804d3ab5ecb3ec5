package dev.smartnotes.links;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/** Vault-relative paths as {@link VaultIndex} compares them: folded, their folder, {@code .} and {@code ..} applied. */
final class VaultPaths {
    private VaultPaths() {}

    /** Lower case (locale-neutral, as JavaScript's) in NFC: how Obsidian compares paths. */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    static String trimSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    static boolean hidden(String path) {
        return path.startsWith(".") || path.contains("/.");
    }

    /** The path with {@code .} and {@code ..} segments applied, or null if it climbs out of the vault. */
    static String normalize(String path) {
        if (!path.contains("./") && !path.endsWith(".") && !path.contains("//")) {
            return path;
        }
        String[] out = new String[path.length()];
        int n = 0;
        for (String segment : path.split("/", -1)) {
            switch (segment) {
                case "", "." -> { }
                case ".." -> {
                    if (n == 0) {
                        return null;
                    }
                    n--;
                }
                default -> out[n++] = segment;
            }
        }
        return String.join("/", Arrays.asList(out).subList(0, n));
    }
}
