package dev.smartnotes.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link BenchReport} as an SVG line chart, written by hand: wall time against the number of
 * notes (log scale) for one latency, one {@code <polyline class="line">} per mode. A run skipped for
 * taking too long is drawn as a dashed line to the least it would have taken (an arrow when that is
 * off the chart).
 */
public final class BenchChart {
    private static final int WIDTH = 900;
    private static final int HEIGHT = 580;
    private static final double LEFT = 84;
    private static final double RIGHT = WIDTH - 150;
    private static final double TOP = 146;
    private static final double BOTTOM = HEIGHT - 66;
    private static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

    private BenchChart() {}

    /** The color and the legend text of a mode; colors from the Okabe–Ito palette, which color-blind readers can tell apart. */
    private record Style(String color, String legend) {}

    private static Style style(String mode, int threads) {
        return switch (mode) {
            case "sequential" -> new Style("#D55E00", "sequential");
            case "threads" -> new Style("#0072B2", "threads (pool of " + threads + ")");
            case "concurrent" -> new Style("#009E73", "concurrent (virtual threads)");
            default -> new Style("#555555", mode);
        };
    }

    /** The SVG document for the rows of {@code latency}, one of {@link BenchReport#latencies()}. */
    public static String svg(BenchReport report, String latency) {
        List<BenchReport.Row> rows = report.rows().stream().filter(r -> r.latency().equals(latency)).toList();
        List<Integer> counts = rows.stream().map(BenchReport.Row::notes).distinct().sorted().toList();
        double measured = rows.stream().filter(r -> !r.skipped()).mapToDouble(r -> r.run().wallSeconds()).max().orElse(0);
        double step = step(Math.max(measured, 0.001) / 5);
        double top = Math.max(step, Math.ceil(measured * 1.05 / step) * step);
        Scale x = Scale.log(counts);

        StringBuilder svg = new StringBuilder(8192);
        svg.append(String.format(Locale.ROOT, """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="%s">
                <rect width="100%%" height="100%%" fill="#ffffff"/>
                """, WIDTH, HEIGHT, WIDTH, HEIGHT, FONT));
        text(svg, LEFT, 36, "start", 21, "600", "#222222", "Wall time against number of notes, latency " + latency + " per file");
        text(svg, LEFT, 60, "start", 13.5, "400", "#555555", String.format(Locale.ROOT, "%d %s (%s) · %d files per note (%s) · smartnotes bench",
                report.cores(), report.cores() == 1 ? "core" : "cores", report.machine(), report.formats().size(),
                String.join(", ", report.formats())));
        legend(svg, report);
        String summary = summary(report, rows);
        if (summary != null) {
            text(svg, LEFT, 120, "start", 14.5, "600", "#222222", summary);
        }

        // Grid, ticks and axes.
        svg.append("<g class=\"grid\" stroke=\"#e6e6e6\" stroke-width=\"1\">\n");
        for (double v = step; v <= top + step / 1000; v += step) {
            line(svg, LEFT, y(v, top), RIGHT, y(v, top));
        }
        for (int count : counts) {
            line(svg, x.at(count), TOP, x.at(count), BOTTOM);
        }
        svg.append("</g>\n<g class=\"ticks\">\n");
        for (double v = 0; v <= top + step / 1000; v += step) {
            text(svg, LEFT - 10, y(v, top) + 4.5, "end", 13, "400", "#444444", seconds(v, step));
        }
        for (int count : counts) {
            text(svg, x.at(count), BOTTOM + 22, "middle", 13, "400", "#444444", String.format(Locale.ROOT, "%,d", count));
        }
        svg.append("</g>\n");
        svg.append(String.format(Locale.ROOT, "<path class=\"axes\" d=\"M%.1f %.1f V%.1f H%.1f\" fill=\"none\" stroke=\"#333333\" stroke-width=\"1.2\"/>%n",
                LEFT, TOP, BOTTOM, RIGHT));
        text(svg, (LEFT + RIGHT) / 2, HEIGHT - 20, "middle", 14, "500", "#333333", "notes (log scale)");
        svg.append(String.format(Locale.ROOT,
                "<text transform=\"translate(24 %.1f) rotate(-90)\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"500\" fill=\"#333333\">wall time (seconds)</text>%n",
                (TOP + BOTTOM) / 2));

        // One line per mode with its markers; labels at its end and at each skipped run.
        List<Label> labels = new ArrayList<>();
        for (String mode : report.modes()) {
            Style style = style(mode, report.threads());
            List<BenchReport.Row> line = rows.stream().filter(r -> r.mode().equals(mode))
                    .sorted(Comparator.comparingInt(BenchReport.Row::notes)).toList();
            String points = String.join(" ", line.stream().filter(r -> !r.skipped())
                    .map(r -> String.format(Locale.ROOT, "%.1f,%.1f", x.at(r.notes()), y(r.run().wallSeconds(), top))).toList());
            svg.append(String.format(Locale.ROOT, "<g class=\"mode\">%n<polyline class=\"line\" data-mode=\"%s\" points=\"%s\" fill=\"none\" "
                    + "stroke=\"%s\" stroke-width=\"3\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>%n", escape(mode), points, style.color()));
            double[] previous = null;
            for (BenchReport.Row row : line) {
                double cx = x.at(row.notes());
                if (row.skipped()) {
                    previous = skipped(svg, style.color(), previous, cx, row.leastSeconds(), top);
                    labels.add(new Label(cx, previous == null ? TOP : previous[1], "≥ " + seconds(row.leastSeconds()) + ", skipped", style.color()));
                } else {
                    double cy = y(row.run().wallSeconds(), top);
                    svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\" fill=\"#ffffff\" stroke=\"%s\" "
                            + "stroke-width=\"2.5\"><title>%s, %,d notes: %s</title></circle>%n",
                            cx, cy, style.color(), escape(mode), row.notes(), seconds(row.run().wallSeconds())));
                    previous = new double[] {cx, cy};
                    if (row == line.getLast()) {
                        labels.add(new Label(cx, cy, seconds(row.run().wallSeconds()), style.color()));
                    }
                }
            }
            svg.append("</g>\n");
        }
        labels(svg, labels);
        svg.append("</svg>\n");
        return svg.toString();
    }

    /**
     * Draws a skipped run: a dashed line from the previous point to the least it would have taken, or
     * an arrow at the top when that is off the chart. Returns the point a following run continues
     * from, or null once the line has left the chart.
     */
    private static double[] skipped(StringBuilder svg, String color, double[] from, double atX, double least, double top) {
        boolean offChart = least > top;
        double toY = offChart ? TOP : y(least, top);
        if (from != null) {
            svg.append(String.format(Locale.ROOT,
                    "<path class=\"estimate\" d=\"M%.1f %.1f L%.1f %.1f\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"6 5\"/>%n",
                    from[0], from[1], atX, toY, color));
        }
        if (offChart) {
            svg.append(String.format(Locale.ROOT, "<path class=\"estimate\" d=\"M%.1f %.1f l-6 11 h12 z\" fill=\"%s\"/>%n", atX, toY - 5, color));
            return null;
        }
        svg.append(String.format(Locale.ROOT,
                "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\" fill=\"#ffffff\" stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"3 2\"/>%n",
                atX, toY, color));
        return new double[] {atX, toY};
    }

    /** A text beside a point of a line. */
    private record Label(double x, double y, String text, String color) {}

    /** The labels right of their points, pushed apart so that labels at the same count never overlap. */
    private static void labels(StringBuilder svg, List<Label> labels) {
        List<Label> sorted = labels.stream().sorted(Comparator.comparingDouble(Label::x).thenComparingDouble(Label::y)).toList();
        double lastX = Double.NaN;
        double lastY = Double.NEGATIVE_INFINITY;
        for (Label label : sorted) {
            double y = label.y() + 4.5;
            if (label.x() == lastX) {
                y = Math.max(y, lastY + 16);
            }
            y = Math.min(y, BOTTOM - 4);
            text(svg, label.x() + 10, y, "start", 13, "600", label.color(), label.text());
            lastX = label.x();
            lastY = y;
        }
    }

    /** One row above the chart: a line sample, a marker and the name of each mode. */
    private static void legend(StringBuilder svg, BenchReport report) {
        svg.append("<g class=\"legend\">\n");
        double left = LEFT;
        double cy = 88;
        for (String mode : report.modes()) {
            Style style = style(mode, report.threads());
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"3\" stroke-linecap=\"round\"/>%n",
                    left, cy, left + 28, cy, style.color()));
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#ffffff\" stroke=\"%s\" stroke-width=\"2.5\"/>%n",
                    left + 14, cy, style.color()));
            text(svg, left + 38, cy + 4.5, "start", 13.5, "400", "#222222", style.legend());
            left += 38 + 7.2 * style.legend().length() + 30; // about 7.2 px a character in DejaVu Sans, the widest usual fallback
        }
        svg.append("</g>\n");
    }

    /** The speedup of concurrent over sequential at the largest count where both are known, or null. */
    private static String summary(BenchReport report, List<BenchReport.Row> rows) {
        return rows.stream()
                .filter(r -> r.mode().equals("concurrent") && report.speedup(r) != null)
                .max(Comparator.comparingInt(BenchReport.Row::notes))
                .map(r -> {
                    BenchReport.Speedup speedup = report.speedup(r);
                    return String.format(Locale.ROOT, "%,d notes: concurrent %s%.0f× as fast as sequential", r.notes(),
                            speedup.atLeast() ? "at least " : "", speedup.times());
                })
                .orElse(null);
    }

    /** The horizontal positions of note counts on a log scale; a single count sits in the middle. */
    private record Scale(double low, double high) {
        static Scale log(List<Integer> counts) {
            double low = Math.log10(Math.max(1, counts.isEmpty() ? 1 : counts.getFirst()));
            double high = Math.log10(Math.max(1, counts.isEmpty() ? 1 : counts.getLast()));
            double pad = high > low ? (high - low) * 0.06 : 0.5;
            return new Scale(low - pad, high + pad);
        }

        double at(int count) {
            return LEFT + (Math.log10(Math.max(1, count)) - low) / (high - low) * (RIGHT - LEFT);
        }
    }

    private static double y(double seconds, double top) {
        return BOTTOM - Math.min(seconds, top) / top * (BOTTOM - TOP);
    }

    /** A round tick step (1, 2 or 5 times a power of ten) at least {@code raw}. */
    private static double step(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= raw) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private static String seconds(double value, double step) {
        int decimals = (int) Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String seconds(double s) {
        return s >= 10 ? String.format(Locale.ROOT, "%,.0f s", s) : s >= 1 ? String.format(Locale.ROOT, "%.1f s", s)
                : String.format(Locale.ROOT, "%.0f ms", s * 1000);
    }

    private static void line(StringBuilder svg, double x1, double y1, double x2, double y2) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>%n", x1, y1, x2, y2));
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, double size, String weight, String color, String text) {
        svg.append(String.format(Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%s\" font-weight=\"%s\" fill=\"%s\">%s</text>%n",
                x, y, anchor, size == Math.rint(size) ? String.valueOf((int) size) : String.valueOf(size), weight, color, escape(text)));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
