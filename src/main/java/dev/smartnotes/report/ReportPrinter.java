package dev.smartnotes.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.smartnotes.notes.NoteJson;
import dev.smartnotes.notes.Problem;
import dev.smartnotes.notes.Sizes;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints a {@link Report} for people (aligned text) or for programs (one JSON object). */
public final class ReportPrinter {
    private ReportPrinter() {}

    public static void text(Report report, PrintWriter out) {
        switch (report) {
            case CompareReport compare -> compare(compare, out);
            case RunReport run -> run(run, out);
        }
        out.flush();
    }

    private static void run(RunReport r, PrintWriter out) {
        if (r.dryRun()) {
            dryRun(r, out);
            return;
        }
        out.printf(Locale.ROOT, "%s %,d notes to %,d files (%s) in %s — %s%s%n",
                r.interruption() == null ? "Exported" : "Stopped after exporting", r.notes(), r.files(),
                Sizes.human(r.bytes()), r.out(), r.label(), modeNote(r));
        if (r.attachments() > 0 || r.unresolvedLinks() > 0) {
            out.printf(Locale.ROOT, "  %,d attachments copied, %,d unresolved links%s%n", r.attachments(), r.unresolvedLinks(),
                    r.unresolvedLinks() > 0 ? " (listed with --verbose)" : "");
        }
        if (r.unchanged() > 0 || r.removed() > 0) {
            out.printf(Locale.ROOT, "  %,d files written, %,d unchanged, %,d removed%n", r.files(), r.unchanged(), r.removed());
        }
        out.printf(Locale.ROOT, "  wall time     %9s   %,.0f files/s%n", seconds(r.wallSeconds()), r.filesPerSecond());
        out.printf(Locale.ROOT, "  sum of tasks  %9s   what one task after another would take%n", seconds(r.taskSecondsSum()));
        out.printf(Locale.ROOT, "  overlap       %8.1f×   tasks running at once, on average%n", r.overlap());
        out.printf(Locale.ROOT, "  longest task  %9s   the least any mode could take%n", seconds(r.longestTaskSeconds()));
        if (!r.problems().isEmpty()) {
            out.printf(Locale.ROOT, "  %,d failed (listed on stderr)%n", r.problems().size());
        }
    }

    private static void dryRun(RunReport r, PrintWriter out) {
        r.planned().forEach(file -> out.println("  would write   " + file));
        r.removedFiles().forEach(file -> out.println("  would remove  " + file));
        out.printf(Locale.ROOT, "Dry run, nothing written: %,d notes would give %,d files (%s, %,d of them attachments) in %s; "
                + "%,d unchanged, %,d to remove%n", r.notes(), r.files(), Sizes.human(r.bytes()), r.attachments(), r.out(), r.unchanged(),
                r.removed());
    }

    private static String modeNote(RunReport r) {
        String latency = r.latency().equals("0ms") ? "" : ", latency " + r.latency();
        return switch (r.mode()) {
            case "concurrent" -> " (virtual threads" + latency + ")";
            case "threads" -> " (platform thread pool" + latency + ")";
            default -> latency.isEmpty() ? "" : " (" + latency.substring(2) + ")";
        };
    }

    private static void compare(CompareReport c, PrintWriter out) {
        if (c.runs().isEmpty()) {
            out.println("Stopped before the first run");
            return;
        }
        RunReport first = c.runs().getFirst();
        out.printf(Locale.ROOT, "Compared %d modes on %,d notes (%,d files each), latency %s, into %s%n",
                c.runs().size(), first.notes(), first.files(), first.latency(), parent(first.out()));
        out.printf(Locale.ROOT, "  %-14s %10s %10s %9s %9s%n", "mode", "wall", "files/s", "speedup", "overlap");
        for (RunReport r : c.runs()) {
            out.printf(Locale.ROOT, "  %-14s %10s %,10.0f %8.1f× %8.1f×%n",
                    r.label(), seconds(r.wallSeconds()), r.filesPerSecond(), c.speedup(r), r.overlap());
        }
        out.printf(Locale.ROOT, "  longest single task %s: the least any mode could take%n", seconds(first.longestTaskSeconds()));
        if (first.latency().equals("0ms") && first.taskSecondsSum() < 1.0) {
            out.printf(Locale.ROOT, "  Little to overlap here: without latency every write takes microseconds, so the modes cost about the same.%n"
                    + "  Try --latency 100ms (or --fsync) to see concurrency pay off.%n");
        }
    }

    private static String parent(String out) {
        int slash = Math.max(out.lastIndexOf('/'), out.lastIndexOf('\\'));
        return slash < 0 ? out : out.substring(0, slash);
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, s < 10 ? "%.3f s" : "%.1f s", s);
    }

    public static void json(Report report, PrintWriter out) {
        ObjectNode root = switch (report) {
            case CompareReport compare -> compareJson(compare);
            case RunReport run -> runJson(run);
        };
        try {
            out.println(NoteJson.mapper().writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }

    private static ObjectNode runJson(RunReport r) {
        ObjectNode node = NoteJson.mapper().createObjectNode();
        node.put("mode", r.mode());
        if (r.threads() > 0) {
            node.put("threads", r.threads());
        }
        node.put("out", r.out());
        node.put("notes", r.notes());
        node.put("files", r.files());
        node.put("unchanged", r.unchanged());
        node.put("removed", r.removed());
        node.put("failed", r.problems().size());
        node.put("bytes", r.bytes());
        node.put("attachments", r.attachments());
        node.put("unresolvedLinks", r.unresolvedLinks());
        node.put("latency", r.latency());
        node.put("wallSeconds", round(r.wallSeconds()));
        node.put("filesPerSecond", round(r.filesPerSecond()));
        node.put("taskSecondsSum", round(r.taskSecondsSum()));
        node.put("overlap", round(r.overlap()));
        node.put("longestTaskSeconds", round(r.longestTaskSeconds()));
        ArrayNode problems = node.putArray("problems");
        for (Problem p : r.problems()) {
            problems.addObject().put("where", p.where()).put("reason", p.reason());
        }
        node.put("interrupted", r.interruption());
        node.put("dryRun", r.dryRun());
        if (r.dryRun()) {
            r.planned().forEach(node.putArray("wouldWrite")::add);
        }
        r.removedFiles().forEach(node.putArray(r.dryRun() ? "wouldRemove" : "removedFiles")::add);
        return node;
    }

    private static ObjectNode compareJson(CompareReport c) {
        ObjectNode node = NoteJson.mapper().createObjectNode();
        if (c.runs().isEmpty()) {
            node.put("mode", "compare");
            node.putArray("runs");
            node.put("interrupted", c.interruption());
            return node;
        }
        RunReport first = c.runs().getFirst();
        node.put("mode", "compare");
        node.put("notes", first.notes());
        node.put("files", c.runs().stream().mapToLong(RunReport::files).sum());
        node.put("failed", c.runs().stream().mapToLong(r -> r.problems().size()).sum());
        node.put("bytes", c.runs().stream().mapToLong(RunReport::bytes).sum());
        node.put("latency", first.latency());
        node.put("wallSeconds", round(c.runs().stream().mapToDouble(RunReport::wallSeconds).sum()));
        node.put("taskSecondsSum", round(c.runs().stream().mapToDouble(RunReport::taskSecondsSum).sum()));
        node.put("longestTaskSeconds", round(c.runs().stream().mapToDouble(RunReport::longestTaskSeconds).max().orElse(0)));
        ArrayNode runs = node.putArray("runs");
        for (RunReport r : c.runs()) {
            ObjectNode run = runJson(r);
            run.put("speedup", round(c.speedup(r)));
            runs.add(run);
        }
        node.put("interrupted", c.interruption());
        return node;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
