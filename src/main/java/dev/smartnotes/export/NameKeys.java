package dev.smartnotes.export;

import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The collision keys ({@link SafeNames#collisionKey}) of a list of names, held as 64-bit hashes,
 * sorted: 16 bytes a name where a set of the keys would hold a string and a set entry for each (some
 * 200 bytes: 200 MB for a million notes, most of it left for the collector to find). A hash that is
 * met is checked against the keys themselves, made again from the names, so every answer is exact.
 */
final class NameKeys {
    static final NameKeys NONE = new NameKeys(new long[0], i -> "");

    private final long[] byIndex;
    private final long[] sorted;
    private final IntFunction<String> keyOf;

    private NameKeys(long[] byIndex, IntFunction<String> keyOf) {
        this.byIndex = byIndex;
        this.sorted = byIndex.clone();
        Arrays.sort(sorted);
        this.keyOf = keyOf;
    }

    /** The keys of {@code size} names, the i-th name's key given by {@code keyOf} (asked again when a hash is met). */
    static NameKeys of(int size, IntFunction<String> keyOf) {
        return new NameKeys(IntStream.range(0, size).mapToLong(i -> hash(keyOf.apply(i))).toArray(), keyOf);
    }

    /** Whether one of the names has this key. */
    boolean contains(String key) {
        return contains(hash(key), () -> key);
    }

    /** Whether one of the names has the key of the i-th of {@code others} (which is made again only if its hash is met). */
    boolean containsKeyOf(NameKeys others, int i) {
        return contains(others.byIndex[i], () -> others.key(i));
    }

    private boolean contains(long hash, Supplier<String> key) {
        return Arrays.binarySearch(sorted, hash) >= 0
                && IntStream.range(0, byIndex.length).anyMatch(i -> byIndex[i] == hash && keyOf.apply(i).equals(key.get()));
    }

    /** Whether the i-th name's key is one that some name before it has too (always so only where two hashes meet). */
    boolean mayRepeat(int i) {
        int at = Arrays.binarySearch(sorted, byIndex[i]);
        return at > 0 && sorted[at - 1] == byIndex[i] || at + 1 < sorted.length && sorted[at + 1] == byIndex[i];
    }

    /** The i-th name's key. */
    String key(int i) {
        return keyOf.apply(i);
    }

    /** 64-bit FNV-1a over the key's characters: two different keys share a hash about once in 2^64 pairs. */
    private static long hash(String key) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash = (hash ^ key.charAt(i)) * 0x100000001b3L;
        }
        return hash;
    }
}
