package dev.smartnotes.collect;

import dev.smartnotes.notes.Note;
import dev.smartnotes.render.NoteGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Notes made on the fly from their index, never held: path order is index order, each note links
 * to the next one and is linked from the one before, one in ten embeds an image and holds "sync".
 */
record Synthetic(int bodyBytes) {
    private static final String[] WORDS = {"plan", "meeting", "idea", "réunion", "会議", "notes", "draft", "review", "garden", "book"};

    String path(long index) {
        return String.format("notes %03d/note %08d.md", index / 10_000, index);
    }

    Note note(long index) {
        SplittableRandom random = new SplittableRandom(index);
        StringBuilder body = new StringBuilder(bodyBytes + 64).append("# Note ").append(index).append("\n\n");
        while (body.length() < bodyBytes) {
            body.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(12) == 0 ? ".\n" : " ");
        }
        if (index % 10 == 0) {
            body.append("\nWe sync on Mondays. ![[image.png]]\n");
        }
        body.append("\nNext: [[note ").append(index + 1).append("]]\n");
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("rating", random.nextLong(5));
        fields.put("publish", random.nextBoolean());
        return new Note(path(index), "n" + index, "Note " + index, List.of("tag" + index % 7, "all"), 1_642_531_423_151L + index, null,
                fields, body.toString());
    }

    NoteGraph graph(long index, long count) {
        List<String> links = new ArrayList<>();
        if (index % 10 == 0) {
            links.add("image.png");
        }
        if (index + 1 < count) {
            links.add(path(index + 1));
        }
        links.sort(null);
        return new NoteGraph(links, index > 0 ? List.of(path(index - 1)) : List.of(), index % 10 == 0 ? List.of("image.png") : List.of(),
                index + 1 < count ? List.of() : List.of("note " + (index + 1)), List.of());
    }

    Row row(long index, long count) {
        return new Row(index, note(index), graph(index, count));
    }
}
