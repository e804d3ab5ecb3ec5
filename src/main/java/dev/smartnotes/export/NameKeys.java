package dev.smartnotes.export;

import java.util.Arrays;
import java.util.BitSet;
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
    /** The names whose hash another name has too, found in one pass over {@link #byHash}, where they are neighbours. */
    private final BitSet repeated = new BitSet();
    private final IntFunction<String> keyOf;

    private NameKeys(long[] hashes, IntFunction<String> keyOf) {
        this.hashes = hashes;
        this.byHash = IntStream.range(0, hashes.length).mapToLong(i -> hashes[i] & HIGH | i).sorted().toArray();
        this.keyOf = keyOf;
        for (int start = 0, end; start < byHash.length; start = end) {
            end = endOfRun(start, byHash[start] & HIGH);
            for (int p = start; p < end; p++) { // the names whose upper halves are alike: almost always one alone
                for (int q = p + 1; q < end; q++) {
                    if (hashes[index(p)] == hashes[index(q)]) {
                        repeated.set(index(p));
                        repeated.set(index(q));
                    }
                }
            }
        }
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

    /** A binary search for the names whose hash begins alike, then each of them (almost never more than one) compared. */
    private boolean contains(long hash, Supplier<String> key) {
        long high = hash & HIGH;
        int at = Arrays.binarySearch(byHash, high); // the name of index 0 with this upper half, or where such names begin
        int start = at >= 0 ? at : -at - 1;
        for (int p = start, end = endOfRun(start, high); p < end; p++) {
            if (hashes[index(p)] == hash && keyOf.apply(index(p)).equals(key.get())) {
                return true;
            }
        }
        return false;
    }

    /** Where the names from {@code start} on whose hash begins with {@code high} end in {@link #byHash}. */
    private int endOfRun(int start, long high) {
        int end = start;
        while (end < byHash.length && (byHash[end] & HIGH) == high) {
            end++;
        }
        return end;
    }

    private int index(int place) {
        return (int) byHash[place];
    }

    /** Whether another name has the i-th name's hash, so perhaps its key (almost never so unless it does). */
    boolean mayRepeat(int i) {
        return repeated.get(i);
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
