package dev.smartnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.smartnotes.notes.NoteJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class BenchCommandTest {
    @TempDir
    Path dir;

    private final Cli cli = Cli.create();

    private static long entries(Path folder) throws Exception {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.count();
        }
    }

    private static long files(Path folder, String suffix) throws Exception {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(p -> p.getFileName().toString().endsWith(suffix)).count();
        }
    }

    @Test
    void sweepsEveryCombinationIntoJsonAndAChartAndCleansUp() throws Exception {
        Path temp = Files.createDirectory(dir.resolve("tmp"));
        Path chart = dir.resolve("chart.svg");
        cli.benchTemp(temp);
        assertThat(cli.run("bench", "--counts", "2,4", "--latencies", "0,50ms", "--out", chart.toString(), "--json"))
                .as("%s", cli).isZero();

        JsonNode report = NoteJson.mapper().readTree(cli.stdout());
        assertThat(report.get("cores").asInt()).isPositive();
        assertThat(report.get("formats")).extracting(JsonNode::asText).containsExactly("md", "json", "csv");
        JsonNode rows = report.get("rows");
        assertThat(rows).hasSize(2 * 2 * 3);
        Map<String, JsonNode> byKey = new HashMap<>();
        for (JsonNode row : rows) {
            byKey.put(row.get("notes").asInt() + " " + row.get("latency").asText() + " " + row.get("mode").asText(), row);
            assertThat(row.get("skipped").asBoolean()).as("%s", row).isFalse();
            assertThat(row.get("files").asInt()).isEqualTo(3 * row.get("notes").asInt());
            assertThat(row.get("failed").asInt()).isZero();
            assertThat(row.get("wallSeconds").asDouble()).isPositive();
            assertThat(row.get("speedup").isNumber()).isTrue();
        }
        assertThat(byKey).containsKeys("2 0ms sequential", "2 0ms threads", "2 0ms concurrent", "4 50ms sequential", "4 50ms concurrent");
        assertThat(byKey.get("4 50ms sequential").get("speedup").asDouble()).isEqualTo(1.0);
        // 12 files × 50 ms one after another is at least 0.6 s; all at once, about 50 ms.
        double sequential = byKey.get("4 50ms sequential").get("wallSeconds").asDouble();
        double concurrent = byKey.get("4 50ms concurrent").get("wallSeconds").asDouble();
        assertThat(sequential).isGreaterThanOrEqualTo(0.6);
        assertThat(concurrent * 2).as("concurrent %s s vs sequential %s s", concurrent, sequential).isLessThan(sequential);

        assertThat(cli.stderr()).contains("bench: 4 notes, latency 50ms, concurrent:", "Chart (latency 50ms) written to " + chart);
        assertThat(entries(temp)).as("the temporary folder is removed").isZero();
        chartShowsConcurrentBelowSequential(chart);
    }

    /** The chart is well-formed SVG with one line per mode; at the largest count the concurrent line is far below the sequential one. */
    private static void chartShowsConcurrentBelowSequential(Path chart) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document svg = factory.newDocumentBuilder().parse(chart.toFile());
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(svg.getDocumentElement().getTextContent()).contains("latency 50ms", "sequential", "concurrent (virtual threads)");

        NodeList polylines = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "polyline");
        Map<String, List<double[]>> lines = new HashMap<>();
        for (int i = 0; i < polylines.getLength(); i++) {
            Element line = (Element) polylines.item(i);
            List<double[]> points = new ArrayList<>();
            for (String point : line.getAttribute("points").trim().split("\\s+")) {
                String[] xy = point.split(",");
                points.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
            }
            assertThat(lines.put(line.getAttribute("data-mode"), points)).isNull();
        }
        assertThat(lines).containsOnlyKeys("sequential", "threads", "concurrent");
        lines.values().forEach(points -> assertThat(points).hasSize(2));

        double baseline = axisBaseline(svg);
        double sequentialHeight = baseline - lines.get("sequential").getLast()[1];
        double concurrentHeight = baseline - lines.get("concurrent").getLast()[1];
        assertThat(lines.get("sequential").getLast()[0]).isEqualTo(lines.get("concurrent").getLast()[0]);
        assertThat(concurrentHeight * 2).as("concurrent %s px, sequential %s px", concurrentHeight, sequentialHeight)
                .isLessThan(sequentialHeight);
    }

    /** The y of the x axis: the V of the axes path {@code M x y V baseline H x}. */
    private static double axisBaseline(Document svg) {
        NodeList paths = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path");
        for (int i = 0; i < paths.getLength(); i++) {
            Element path = (Element) paths.item(i);
            if (path.getAttribute("class").equals("axes")) {
                Matcher m = Pattern.compile("V([0-9.]+)").matcher(path.getAttribute("d"));
                assertThat(m.find()).isTrue();
                return Double.parseDouble(m.group(1));
            }
        }
        throw new AssertionError("no axes in the chart");
    }

    @Test
    void printsATableAndSkipsRunsThatWouldTakeTooLong() throws Exception {
        Path work = dir.resolve("work");
        Path chart = dir.resolve("chart.svg");
        assertThat(cli.run("bench", "--counts", "4,2", "--latencies", "0,50ms", "--modes", "sequential,concurrent", "--formats", "md,json",
                "--max-seconds", "0.3", "--work", work.toString(), "--out", chart.toString())).as("%s", cli).isZero();

        List<String> lines = cli.stdout().lines().toList();
        assertThat(lines.getFirst()).startsWith("Bench on ").contains("md, json per note");
        assertThat(lines.get(1).split("\\s+")).containsSubsequence("notes", "latency", "mode", "wall", "s", "files/s", "speedup");
        assertThat(lines.subList(2, 10)).extracting(l -> l.trim().split("\\s+", 4)[0] + " " + l.trim().split("\\s+", 4)[1]
                + " " + l.trim().split("\\s+", 4)[2])
                .containsExactly("2 0ms sequential", "2 0ms concurrent", "2 50ms sequential", "2 50ms concurrent",
                        "4 0ms sequential", "4 0ms concurrent", "4 50ms sequential", "4 50ms concurrent");
        // 4 notes × 2 files × 50 ms = 0.4 s one after another: over --max-seconds 0.3, so skipped.
        assertThat(lines.get(8)).contains("skipped: would take at least 0.40 s (over --max-seconds 0.3)");
        assertThat(lines.get(2)).endsWith("1.0×");
        assertThat(lines.get(9)).contains("≥");
        assertThat(lines.get(10)).isEqualTo("Chart (latency 50ms) written to " + chart);

        assertThat(files(work.resolve("notes/4"), ".md")).isEqualTo(4);
        assertThat(files(work.resolve("out/2-50ms-concurrent/json"), ".json")).isEqualTo(2);
        assertThat(work.resolve("out/4-50ms-sequential")).doesNotExist();
        assertThat(Files.readString(chart)).contains("class=\"estimate\"", "skipped");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(cli.run("bench", "--modes", "compare")).isEqualTo(2);
        assertThat(cli.stderr()).contains("--modes takes sequential, threads and concurrent");
        assertThat(cli.run("bench", "--counts", "0")).isEqualTo(2);
        assertThat(cli.run("bench", "--latencies", "soon")).isEqualTo(2);
        assertThat(cli.stderr()).contains("not a duration");
        assertThat(cli.run("bench", "--latencies", "0,10ms", "--chart-latency", "5ms")).isEqualTo(2);
        assertThat(cli.stderr()).contains("--chart-latency 5ms is not one of --latencies");
        assertThat(cli.run("bench", "--max-seconds", "0")).isEqualTo(2);
        assertThat(cli.run("bench", "--out", System.getProperty("java.io.tmpdir"))).isEqualTo(2);
    }
}
