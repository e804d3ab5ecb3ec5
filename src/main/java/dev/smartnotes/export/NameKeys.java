package dev.smartnotes.export;

import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The collision keys ({@link SafeNames#collisionKey}) of a list of names, held as 64-bit hashes: 16
 * bytes a name where a set of the keys would hold a string and a set entry for each (some 200 bytes:
 * 200 MB for a million notes, most of it left for the collector to find). A hash that is met is
 * checked against the keys themselves, made again from the names, so every answer is exact.
 */
final class NameKeys {
    static final NameKeys NONE = new NameKeys(new long[0], i -> "");

    private static final long HIGH = 0xFFFF_FFFF_0000_0000L;

    /** Each name's hash, by index. */
    private final long[] hashes;
    /** Each name as the upper half of its hash and its index below it, sorted: the names in hash order. */
    private final long[] byHash;
    private final IntFunction<String> keyOf;

    private NameKeys(long[] hashes, IntFunction<String> keyOf) {
        this.hashes = hashes;
        this.byHash = IntStream.range(0, hashes.length).mapToLong(i -> hashes[i] & HIGH | i).sorted().toArray();
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
        return contains(others.hashes[i], () -> others.key(i));
    }

    private boolean contains(long hash, Supplier<String> key) {
        return withHash(hash).anyMatch(i -> keyOf.apply(i).equals(key.get()));
    }

    /** Whether another name has the i-th name's hash, so perhaps its key (almost never so unless it does). */
    boolean mayRepeat(int i) {
        return withHash(hashes[i]).anyMatch(j -> j != i);
    }

    /** The i-th name's key. */
    String key(int i) {
        return keyOf.apply(i);
    }

    /** The indices of the names with this hash: a binary search, then the few names whose hash begins alike. */
    private IntStream withHash(long hash) {
        long high = hash & HIGH;
        int at = Arrays.binarySearch(byHash, high); // the name of index 0 with this upper half, or where such names begin
        return IntStream.range(at >= 0 ? at : -at - 1, byHash.length)
                .takeWhile(p -> (byHash[p] & HIGH) == high)
                .map(p -> (int) byHash[p])
                .filter(i -> hashes[i] == hash);
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
