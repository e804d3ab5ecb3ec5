package dev.smartnotes.cli;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** The option a user most likely meant by one that does not exist ({@code --fromat} → {@code --format}). */
final class Suggestions {
    private Suggestions() {}

    /** The closest of {@code names}, if it is close enough to be a typo: a few letters added, missing, changed or swapped. */
    static Optional<String> closest(String typed, Collection<String> names) {
        String bare = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
        int letters = bare.replaceFirst("^-+", "").length();
        if (letters < 3) {
            return Optional.empty(); // one or two letters are too few to guess from
        }
        int allowed = Math.max(1, letters / 3);
        return names.stream()
                .filter(name -> distance(bare, name) <= allowed)
                .min(Comparator.comparingInt((String name) -> distance(bare, name)).thenComparing(Comparator.naturalOrder()));
    }

    /** The edit distance with swaps of two neighbouring letters counted as one edit (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
