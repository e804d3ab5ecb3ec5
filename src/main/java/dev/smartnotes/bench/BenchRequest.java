package dev.smartnotes.bench;

import dev.smartnotes.collect.CollectionFormat;
import dev.smartnotes.export.Latency;
import dev.smartnotes.export.Mode;
import dev.smartnotes.render.Format;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What {@code smartnotes bench} sweeps: every note count × latency × mode.
 *
 * @param threads the pool size of {@link Mode#THREADS}
 * @param maxSeconds skip runs whose latency alone would take longer than this
 * @param seed the seed of the generated notes
 * @param work where the notes and exports go, kept afterwards; null for a temporary folder, removed afterwards
 * @param tempParent where the temporary folder is made; null for the system's temporary folder
 */
public record BenchRequest(List<Integer> counts, List<Latency> latencies, List<Mode> modes, Set<Format> formats,
        Set<CollectionFormat> collections, int threads, double maxSeconds, long seed, Path work, Path tempParent) {

    public BenchRequest {
        counts = List.copyOf(counts);
        latencies = List.copyOf(latencies);
        modes = List.copyOf(modes);
        formats = Set.copyOf(formats);
        collections = Set.copyOf(collections);
    }
}
