package dev.smartnotes.jmh;

import dev.smartnotes.notes.SampleGenerator;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

/**
 * The note the benchmarks work on: of the generated notes with front matter among the first 100,
 * the one of median size (about 1 KB: front matter with a tag list, a heading, paragraphs with
 * non-ASCII text, a task list, a code block and a quote).
 */
final class TypicalNote {
    final String path;
    final byte[] markdown;

    TypicalNote() {
        List<SampleGenerator.Sample> withFrontMatter = new SampleGenerator(SampleGenerator.DEMO_SEED).generate(100).stream()
                .filter(s -> s.markdown().startsWith("---\n"))
                .sorted(Comparator.comparingInt(s -> s.markdown().length()))
                .toList();
        SampleGenerator.Sample median = withFrontMatter.get(withFrontMatter.size() / 2);
        this.path = median.path();
        this.markdown = median.markdown().getBytes(StandardCharsets.UTF_8);
    }
}
