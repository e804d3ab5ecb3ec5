package dev.smartnotes.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DigestTest {
    static IntStream seeds() {
        return IntStream.range(0, 100);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aDigestIsWrittenAsTheHexOfItsBytesAndReadBackEqual(int seed) throws Exception {
        byte[] bytes = new byte[new Random(seed).nextInt(200)];
        new Random(seed).nextBytes(bytes);
        String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        Digest digest = Digests.sha256(bytes);
        assertThat(digest).hasToString(hex);
        assertThat(Digest.parse(hex)).isEqualTo(digest).hasSameHashCodeAs(digest);
        assertThat(Digest.parse(hex.toUpperCase())).isEqualTo(digest);
    }

    @Test
    void textThatIsNoDigestIsRefusedInOneShortLine() {
        assertThatThrownBy(() -> Digest.parse("0123")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a SHA-256 digest (64 hex digits): \"0123\"");
        assertThatThrownBy(() -> Digest.parse("z".repeat(64))).hasMessageStartingWith("not a SHA-256 digest (64 hex digits): \"zzz");
        assertThatThrownBy(() -> Digest.parse("0".repeat(100_000))).hasMessage("not a SHA-256 digest (64 hex digits): 100000 characters");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void digestsAreOrderedAsTheirHexDigits(int seed) {
        Digest a = Digests.sha256("a " + seed);
        Digest b = Digests.sha256("b " + seed);
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(a.toString().compareTo(b.toString())));
        assertThat(a.compareTo(Digest.parse(a.toString()))).isZero();
    }

    @Test
    void aSequenceOfTextsIsTakenWithTheirBoundaries() {
        assertThat(Digests.sha256(Stream.of("note a", "note b"))).isEqualTo(Digests.sha256(Stream.of("note a", "note b")))
                .isNotEqualTo(Digests.sha256(Stream.of("note a\u0000\u0000\u0000\u0006note b")))
                .isNotEqualTo(Digests.sha256(Stream.of("note a", "note b", "")))
                .isNotEqualTo(Digests.sha256(Stream.of("note anote b")))
                .isNotEqualTo(Digests.sha256(Stream.of("note b", "note a")));
    }
}
