package dev.smartnotes.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.smartnotes.notes.NoteJson;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints a {@link BenchReport} as an aligned table for people or as one JSON object for programs. */
public final class BenchPrinter {
    private BenchPrinter() {}

    public static void text(BenchReport report, PrintWriter out) {
        out.printf(Locale.ROOT, "Bench on %d cores (%s): %s per note, threads mode with a pool of %d%n",
                report.cores(), report.machine(), String.join(", ", report.formats()), report.threads());
        out.printf(Locale.ROOT, "  %6s  %8s  %-13s %9s %10s %10s%n", "notes", "latency", "mode", "wall s", "files/s", "speedup");
        for (BenchReport.Row row : report.rows()) {
            if (row.skipped()) {
                out.printf(Locale.ROOT, "  %,6d  %8s  %-13s %9s %10s %10s   skipped: would take at least %s (over --max-seconds %s)%n",
                        row.notes(), row.latency(), label(report, row), "—", "—", "—", seconds(row.leastSeconds()),
                        number(report.maxSeconds()));
                continue;
            }
            RunReport run = row.run();
            BenchReport.Speedup speedup = report.speedup(row);
            String times = speedup == null ? "—" : (speedup.atLeast() ? "≥" : "") + String.format(Locale.ROOT, "%.1f×", speedup.times());
            out.printf(Locale.ROOT, "  %,6d  %8s  %-13s %9.3f %,10.0f %10s%s%n", row.notes(), row.latency(), label(report, row),
                    run.wallSeconds(), run.filesPerSecond(), times, run.failed() ? "   " + run.problems().size() + " failed" : "");
        }
        if (report.interruption() != null) {
            out.println("Stopped early: " + report.interruption());
        }
        out.flush();
    }

    public static void json(BenchReport report, PrintWriter out) {
        ObjectNode root = NoteJson.mapper().createObjectNode();
        root.put("cores", report.cores());
        root.put("machine", report.machine());
        root.put("threads", report.threads());
        report.formats().forEach(root.putArray("formats")::add);
        root.put("maxSeconds", report.maxSeconds());
        ArrayNode rows = root.putArray("rows");
        for (BenchReport.Row row : report.rows()) {
            ObjectNode node = rows.addObject();
            node.put("notes", row.notes());
            node.put("latency", row.latency());
            node.put("mode", row.mode());
            node.put("leastSeconds", round(row.leastSeconds()));
            node.put("skipped", row.skipped());
            if (!row.skipped()) {
                node.put("files", row.run().files());
                node.put("failed", row.run().problems().size());
                node.put("wallSeconds", round(row.run().wallSeconds()));
                node.put("filesPerSecond", round(row.run().filesPerSecond()));
                node.put("overlap", round(row.run().overlap()));
                BenchReport.Speedup speedup = report.speedup(row);
                if (speedup != null) {
                    node.put("speedup", round(speedup.times()));
                    node.put("speedupAtLeast", speedup.atLeast());
                }
            }
        }
        root.put("interrupted", report.interruption());
        try {
            out.println(NoteJson.mapper().writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }

    private static String label(BenchReport report, BenchReport.Row row) {
        return row.mode().equals("threads") ? "threads (" + report.threads() + ")" : row.mode();
    }

    static String seconds(double s) {
        return s < 10 ? String.format(Locale.ROOT, "%.2f s", s) : String.format(Locale.ROOT, "%,.0f s", s);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
