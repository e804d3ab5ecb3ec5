package dev.smartnotes.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class BenchChartTest {
    private static final String SVG = "http://www.w3.org/2000/svg";

    private static BenchReport.Row ran(int notes, String mode, double seconds) {
        RunReport run = new RunReport(mode, mode.equals("threads") ? 8 : 0, "out", notes, 3L * notes, 0, 0, 1000, 0, 0, (long) (seconds * 1e9),
                0, 0, "100ms", List.of(), List.of(), null, false, List.of(), List.of());
        return new BenchReport.Row(notes, "100ms", 100_000_000, mode, 0.1, run);
    }

    private static BenchReport.Row skipped(int notes, String mode, double least) {
        return new BenchReport.Row(notes, "100ms", 100_000_000, mode, least, null);
    }

    /** Sequential runs out of --max-seconds at 100 notes, threads at 1,000; concurrent runs everywhere. */
    private static final BenchReport REPORT = new BenchReport(2, "Linux <test> & co", 8, List.of("md", "json", "csv"), 60, List.of(
            ran(10, "sequential", 3.1), ran(10, "threads", 0.42), ran(10, "concurrent", 0.14),
            skipped(100, "sequential", 30), ran(100, "threads", 3.9), ran(100, "concurrent", 0.3),
            skipped(1000, "sequential", 300), skipped(1000, "threads", 37.5), ran(1000, "concurrent", 1.2)), null);

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void drawsOneLineOfMeasuredPointsPerModeAndMarksSkippedRuns() throws Exception {
        String svg = BenchChart.svg(REPORT, "100ms");
        Document doc = parse(svg);
        NodeList lines = doc.getElementsByTagNameNS(SVG, "polyline");
        assertThat(lines.getLength()).isEqualTo(3);
        assertThat(List.of(0, 1, 2)).extracting(i -> ((Element) lines.item(i)).getAttribute("data-mode"))
                .containsExactly("sequential", "threads", "concurrent");
        assertThat(List.of(0, 1, 2)).extracting(i -> ((Element) lines.item(i)).getAttribute("points").split(" ").length)
                .containsExactly(1, 2, 3);
        assertThat(doc.getDocumentElement().getTextContent())
                .contains("latency 100ms", "2 cores (Linux <test> & co)", "≥ 300 s, skipped", "≥ 38 s, skipped",
                        "1,000 notes: concurrent at least 250× as fast as sequential", "1,000");
        assertThat(svg).doesNotContain("NaN", "Infinity");
    }

    @Test
    void aSingleCountAndAllSkippedStillMakeAValidChart() throws Exception {
        BenchReport report = new BenchReport(1, "x", 4, List.of("md"), 1, List.of(skipped(5, "sequential", 2), ran(5, "concurrent", 0.0)), null);
        String svg = BenchChart.svg(report, "100ms");
        assertThat(parse(svg).getElementsByTagNameNS(SVG, "polyline").getLength()).isEqualTo(2);
        assertThat(svg).doesNotContain("NaN", "Infinity").contains("1 core (x)");
    }

    @Test
    void speedupComparesWithTheSequentialRunOrTheLeastItWouldHaveTaken() {
        assertThat(REPORT.speedup(REPORT.rows().get(2))).isEqualTo(new BenchReport.Speedup(3.1 / 0.14, false));
        assertThat(REPORT.speedup(REPORT.rows().get(5))).isEqualTo(new BenchReport.Speedup(30 / 0.3, true));
        assertThat(REPORT.speedup(REPORT.rows().get(7))).isNull();
        assertThat(REPORT.latencies()).containsExactly("100ms");
        assertThat(REPORT.counts()).containsExactly(10, 100, 1000);

        StringWriter text = new StringWriter();
        BenchPrinter.text(REPORT, new PrintWriter(text));
        assertThat(text.toString()).contains("threads (8)", "≥100.0×", "skipped: would take at least 300 s (over --max-seconds 60)");
    }
}
