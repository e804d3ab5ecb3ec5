package dev.smartnotes.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A vault streams: nothing of a note is kept once it is handed over. A test cannot set its own
 * heap, so it runs the generator in a child JVM whose heap could not hold a tenth of what it makes.
 */
class SampleGeneratorStreamingTest {
    private static final int NOTES = 200_000;
    private static final int HEAP_MB = 24;

    @Test
    void twoHundredThousandNotesGoThroughASmallHeap(@TempDir Path dir) throws Exception {
        Path output = dir.resolve("output");
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-Xmx" + HEAP_MB + "m",
                "-cp", System.getProperty("java.class.path"), SampleGeneratorStreamingTest.class.getName(), "" + NOTES)
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean ended = child.waitFor(10, TimeUnit.MINUTES);
        if (!ended) {
            child.destroyForcibly();
        }
        String printed = Files.readString(output);
        assertThat(ended && child.exitValue() == 0).as("the child JVM ended well: %s", printed).isTrue();
        String[] counts = printed.strip().split(" ");
        assertThat(Long.parseLong(counts[0])).as(printed).isEqualTo(NOTES);
        assertThat(Long.parseLong(counts[1])).as(printed).isEqualTo(1 + Math.round(NOTES / 9.0));
        assertThat(Long.parseLong(counts[2])).as("bytes made, against a heap of %d MB", HEAP_MB).isGreaterThan(10L * HEAP_MB << 20);
    }

    /** The child: counts the notes, the other files and their bytes, and keeps nothing else. */
    public static void main(String[] args) {
        long[] counts = new long[3];
        new SampleGenerator(1).vault(Integer.parseInt(args[0]), file -> {
            switch (file) {
                case SampleGenerator.Sample note -> counts[0]++;
                case SampleFile.Attachment attachment -> counts[1]++;
            }
            counts[2] += file.bytes().length;
        });
        System.out.println(counts[0] + " " + counts[1] + " " + counts[2]);
    }
}
