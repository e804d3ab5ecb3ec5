package dev.smartnotes.export;

import java.time.Duration;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Simulated storage latency: each file write waits this long after the file is written, a fixed
 * duration or one drawn per task from {@code min..max}.
 */
public record Latency(Duration min, Duration max) {
    public static final Latency NONE = new Latency(Duration.ZERO, Duration.ZERO);

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ns|us|µs|ms|s|m)?");

    public Latency {
        if (min.isNegative() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("latency range must go from low to high: " + min + ".." + max);
        }
    }

    /** Parses {@code 100ms}, {@code 1s}, {@code 0.5s}, {@code 50ms..150ms}; a bare number means milliseconds. */
    public static Latency parse(String text) {
        String[] parts = text.strip().split("\\.\\.", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException("expected a duration such as 100ms or a range such as 50ms..150ms");
        }
        Duration low = duration(parts[0]);
        Duration high = parts.length == 2 ? duration(parts[1]) : low;
        if (high.compareTo(low) < 0) {
            throw new IllegalArgumentException("latency range must go from low to high: " + text.strip());
        }
        return new Latency(low, high);
    }

    static Duration duration(String text) {
        Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a duration (try 100ms, 1s or 50ms..150ms)");
        }
        double value = Double.parseDouble(m.group(1));
        double nanos = switch (m.group(2) == null ? "ms" : m.group(2)) {
            case "ns" -> value;
            case "us", "µs" -> value * 1e3;
            case "s" -> value * 1e9;
            case "m" -> value * 60e9;
            default -> value * 1e6;
        };
        return Duration.ofNanos((long) nanos);
    }

    /** The wait of one task, the same for the same seed and task number. */
    public long drawNanos(long seed, long task) {
        long low = min.toNanos();
        long high = max.toNanos();
        if (low == high) {
            return low;
        }
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + task).nextLong(low, high + 1);
    }

    @Override
    public String toString() {
        return min.equals(max) ? format(min) : format(min) + ".." + format(max);
    }

    private static String format(Duration d) {
        long ms = d.toMillis();
        return ms * 1_000_000 == d.toNanos() ? (ms % 1000 == 0 && ms > 0 ? ms / 1000 + "s" : ms + "ms") : d.toNanos() / 1000 + "us";
    }
}
