package dev.smartnotes.jmh;

import dev.smartnotes.notes.Note;
import dev.smartnotes.notes.NoteException;
import dev.smartnotes.notes.NoteParser;
import dev.smartnotes.render.CsvOptions;
import dev.smartnotes.render.Format;
import dev.smartnotes.render.Renderer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Each format's {@link Renderer#render(Note)} on a typical, already parsed note: the bytes of one output file. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RenderBenchmark {
    @Param({"MD", "JSON", "CSV"})
    public Format format;

    private Renderer renderer;
    private Note note;

    @Setup
    public void setUp() throws NoteException {
        TypicalNote typical = new TypicalNote();
        note = NoteParser.parse(typical.path, typical.markdown);
        renderer = format.renderer(CsvOptions.DEFAULT);
    }

    @Benchmark
    public byte[] render() {
        return renderer.render(note);
    }
}
