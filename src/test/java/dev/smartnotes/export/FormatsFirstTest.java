package dev.smartnotes.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatsFirstTest {
    @Test
    void aNotesFormatTasksGoAheadOfTheNotesStillWaiting() {
        Exporter.FormatsFirst queue = new Exporter.FormatsFirst();
        Runnable note1 = () -> {};
        Runnable note2 = () -> {};
        ExportTask json = new ExportTask(null, 1, null, null, null, 0, null);
        ExportTask csv = new ExportTask(null, 2, null, null, null, 0, null);
        queue.offer(note1);
        queue.offer(note2);
        queue.offer(json);
        queue.offer(csv);
        List<Runnable> order = new ArrayList<>();
        queue.drainTo(order);
        assertThat(order).containsExactly(csv, json, note1, note2);
    }
}
