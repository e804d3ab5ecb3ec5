package dev.smartnotes.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LatencyTest {
    @Test
    void parsesDurationsAndRanges() {
        assertThat(Latency.parse("100ms")).isEqualTo(new Latency(Duration.ofMillis(100), Duration.ofMillis(100)));
        assertThat(Latency.parse("1s").min()).isEqualTo(Duration.ofSeconds(1));
        assertThat(Latency.parse("0.5s").min()).isEqualTo(Duration.ofMillis(500));
        assertThat(Latency.parse("250").min()).isEqualTo(Duration.ofMillis(250));
        assertThat(Latency.parse("50ms..150ms")).isEqualTo(new Latency(Duration.ofMillis(50), Duration.ofMillis(150)));
        assertThat(Latency.parse("50ms..150ms").toString()).isEqualTo("50ms..150ms");
        assertThat(Latency.parse("2s").toString()).isEqualTo("2s");
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> Latency.parse("fast")).hasMessageContaining("not a duration");
        assertThatThrownBy(() -> Latency.parse("2s..1s")).hasMessage("latency range must go from low to high: 2s..1s");
        assertThatThrownBy(() -> Latency.parse("1s..2s..3s")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rangesAreDrawnPerTaskRepeatablyWithinBounds() {
        Latency range = Latency.parse("50ms..150ms");
        long[] first = new long[200];
        for (int task = 0; task < first.length; task++) {
            first[task] = range.drawNanos(7, task);
            assertThat(first[task]).isBetween(50_000_000L, 150_000_000L);
            assertThat(range.drawNanos(7, task)).isEqualTo(first[task]);
        }
        assertThat(java.util.Arrays.stream(first).distinct().count()).isGreaterThan(150);
        assertThat(range.drawNanos(8, 0)).isNotEqualTo(first[0]);
    }
}
