package dev.smartnotes.notes;

import dev.smartnotes.notes.SampleFile.Attachment;
import dev.smartnotes.notes.SampleFile.Kind;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The attachments of a generated vault: about one for every nine notes, the kinds in turn (images
 * most often), in {@code attachments/}, {@code assets/}, beside the notes or in an {@code img/} folder
 * beside them. Like the notes' names, each attachment's name is a pure function of the seed and its
 * index, so that a note can embed one written after it; one in eight is never linked to.
 */
final class SampleAttachments {
    /** A planned attachment; {@code stem} is its file name without the extension. */
    record Plan(int index, Kind kind, String folder, String stem) {
        String name() {
            return stem + "." + kind.extension();
        }

        String path() {
            return folder.isEmpty() ? name() : folder + "/" + name();
        }

        /** Whether notes link to it: one in eight lies in the vault unreferenced. */
        boolean linked() {
            return index % 8 != 5;
        }
    }

    private static final Kind[] TURNS = {
        Kind.PNG, Kind.JPEG, Kind.PNG, Kind.PDF, Kind.SVG, Kind.GIF, Kind.JPEG, Kind.MP3, Kind.PNG, Kind.CANVAS, Kind.WAV,
        Kind.JPEG, Kind.ZIP, Kind.SVG, Kind.OGG, Kind.PNG, Kind.BASE, Kind.MP4, Kind.PDF, Kind.CSV, Kind.WEBM,
    };
    private static final DateTimeFormatter PASTED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final int NOTES_PER_FILE = 9;

    private final SampleNames names;
    private final int notes;
    private final int count;

    SampleAttachments(SampleNames names, int notes) {
        this.names = names;
        this.notes = notes;
        this.count = (notes + NOTES_PER_FILE / 2) / NOTES_PER_FILE;
    }

    int count() {
        return count;
    }

    /** The index of the note after which attachment {@code index} is written: they come along with the notes. */
    int after(int index) {
        return Math.min(notes - 1, NOTES_PER_FILE * index + NOTES_PER_FILE - 1);
    }

    Plan plan(int index) {
        Kind kind = TURNS[index % TURNS.length];
        SplittableRandom random = names.random(index, 2);
        int place = random.nextInt(100);
        String beside = SampleNames.FOLDERS[random.nextInt(SampleNames.FOLDERS.length)];
        String folder = kind == Kind.CANVAS || kind == Kind.BASE || (place >= 60 && place < 80) ? beside
                : place < 40 ? "attachments" : place < 60 || !kind.image() ? "assets" : beside.isEmpty() ? "img" : beside + "/img";
        return new Plan(index, kind, folder, stem(kind, index));
    }

    /** Names unique by construction: each holds the index, and the two names of a kind differ before it. */
    private static String stem(Kind kind, int index) {
        boolean second = index / TURNS.length % 2 == 1;
        return switch (kind) {
            case PNG -> second ? "diagram-" + index : "Pasted image " + LocalDateTime.of(2024, 1, 1, 9, 0).plusMinutes(97L * index).format(PASTED);
            case JPEG -> second ? "café photo " + index : "IMG_" + (4000 + index);
            case GIF -> second ? "spinner-" + index : "animation " + index;
            case SVG -> second ? "architecture " + index : "図 " + index;
            case PDF -> second ? "paper, " + index : "Scan (" + index + ")";
            case MP3 -> second ? "podcast clip " + index : "recording " + index;
            case OGG -> second ? "Sprachnotiz " + index : "voice memo " + index;
            case WAV -> second ? "bell " + index : "Sample-" + index;
            case MP4 -> second ? "demo & walkthrough " + index : "clip " + index;
            case WEBM -> second ? "Запись экрана " + index : "screen recording " + index;
            case CANVAS -> second ? "Mind map " + index : "Board " + index;
            case BASE -> second ? "Projects " + index + " (table)" : "Reading tracker " + index;
            case ZIP -> second ? "archive " + index : "export-" + index;
            case CSV -> second ? "measurements, " + index : "budget " + index;
            case SETTINGS -> "app";
        };
    }

    /** The attachment itself: a small file of its kind with a valid header, some hundreds of bytes to some tens of KB. */
    Attachment file(int index) {
        Plan plan = plan(index);
        SplittableRandom random = names.random(index, 3);
        int size = (int) Math.exp(Math.log(300) + random.nextDouble() * Math.log(40_000 / 300.0));
        int text = Math.min(size, 6_000);
        byte[] bytes = switch (plan.kind()) {
            case PNG -> SampleImages.png(random, size);
            case JPEG -> SampleImages.jpeg(random, size);
            case GIF -> SampleImages.gif(random, size);
            case SVG -> SampleDocuments.svg(random, text, plan.stem());
            case PDF -> SampleDocuments.pdf(random, Math.max(size / 2, 800), plan.stem());
            case MP3 -> SampleMedia.mp3(random, size, plan.stem());
            case OGG -> SampleMedia.ogg(random, size);
            case WAV -> SampleMedia.wav(random, size);
            case MP4 -> SampleMedia.mp4(random, size);
            case WEBM -> SampleMedia.webm(random, size);
            case ZIP -> SampleMedia.zip(random, size);
            case CSV -> SampleDocuments.csv(random, text);
            case BASE -> SampleDocuments.base(random, SampleNames.FOLDERS[random.nextInt(SampleNames.FOLDERS.length)]);
            case CANVAS -> SampleDocuments.canvas(random, canvasNotes(random, text), image(random));
            case SETTINGS -> SampleDocuments.settings();
        };
        return new Attachment(plan.path(), plan.kind(), bytes);
    }

    /** The vault's settings in its hidden {@code .obsidian} folder, which exporters must skip. */
    static Attachment settings() {
        return new Attachment(".obsidian/app.json", Kind.SETTINGS, SampleDocuments.settings());
    }

    /** The notes a canvas shows: about one for each 300 bytes wanted. */
    private List<SampleNames.Plan> canvasNotes(SplittableRandom random, int size) {
        List<SampleNames.Plan> shown = new ArrayList<>();
        for (int i = Math.max(2, size / 300); i > 0 && notes > 0; i--) {
            shown.add(names.plan(random.nextInt(notes)));
        }
        return shown;
    }

    /** An image a canvas shows, or null. */
    private String image(SplittableRandom random) {
        for (int i = 0; i < 8; i++) {
            Plan plan = plan(random.nextInt(count));
            if (plan.kind().image()) {
                return plan.path();
            }
        }
        return null;
    }
}
