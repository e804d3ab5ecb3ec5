package dev.smartnotes.export;

import dev.smartnotes.notes.NoteException;
import dev.smartnotes.notes.NoteSource;
import dev.smartnotes.notes.SampleGenerator;
import dev.smartnotes.render.CsvOptions;
import dev.smartnotes.render.Format;

/**
 * Parses a built-in note and renders it in every format, in memory, so that runs measured side by
 * side (compare mode, the bench) do not pay for loading and compiling the parser and renderers in
 * whichever run comes first.
 */
public final class Warmup {
    private Warmup() {}

    public static void run() {
        try {
            NoteSource sample = SampleGenerator.demo().getFirst();
            var note = sample.load();
            for (Format format : Format.values()) {
                format.renderer(CsvOptions.DEFAULT).render(note);
            }
        } catch (NoteException e) {
            throw new IllegalStateException("the built-in sample note does not parse", e);
        }
    }
}
