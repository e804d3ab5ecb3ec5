package dev.smartnotes.cli;

import dev.smartnotes.cli.VaultExportTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random vaults with the names that trip up escaping ({@code ;}, {@code %}, {@code &},
 * parentheses, {@code _}, {@code +}, {@code '}, dots, spaces, emoji, CJK, NFD) and every form of link
 * to them, checked with every check of {@link VaultExportTest}. A failure names its seed.
 */
class VaultRandomTest {
    private static final String[] FOLDERS = {"", "", "Projects", "Projects/Sub dir", "Areas/Été 2024", "日本語", "100% (done)", "a;b", "Notes & more"};
    private static final String[] NAMES = {"Plan", "Café", "Q&A", "100% done", "Résumé", "東京", "Notes; misc", "C++ tips", "Don't panic",
            "50 $ budget", "a+b=c", "user@host", "Tilde~", "Emoji 🚀", "Math (2)", "Dots.in.name", "snake_case note", "Ünïcödé",
            Normalizer.normalize("Crème NFD", Normalizer.Form.NFD), "Plan (v2)", "A, B and C", "x"};
    private static final String[] ATTACHMENTS = {"img 1.png", "Scan (3).pdf", "voice; memo.mp3", "photo é.jpg", "50% chart.png", "diagram.png"};
    private static final String[] VALUES = {"true", "NO", "01234", "1.5", "42", "2024-01-01", "~", "\"quoted\"", "[a, 1, false]", "{k: v, n: 2}",
            "off", "-0.25", "1e3", "''", "\"text with: colon\""};

    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14, 15})
    void aRandomVaultKeepsEveryClaim(long seed) throws Exception {
        Path vault = write(dir.resolve("vault"), new Random(seed));
        Run run = VaultExportTest.export(null, vault, dir.resolve("out"), "--report", "json", "--verbose");
        try {
            VaultExportTest.everyRelativeDestinationIsAFileOfTheExport(run);
            VaultExportTest.noWikilinkThatResolvesIsLeftOutsideCode(run);
            VaultExportTest.eachLinkLeadsToTheFileItNamesInTheVault(run);
            VaultExportTest.headingFragmentsNameAHeadingOfTheExportedNote(run);
            VaultExportTest.codeAndHtmlAreByteIdentical(run);
            VaultExportTest.frontMatterAndTextBetweenLinksAreUnchanged(run);
            VaultExportTest.jsonBodyIsTheSourceBody(run);
            VaultExportTest.linkedAndEmbeddedFilesAreCopiedByteForByte(run);
            VaultExportTest.jsonLinksAgreeWithAnIndependentResolution(run);
            VaultExportTest.backlinksMirrorLinks(run);
            VaultExportTest.csvCarriesTheSameGraphAsJson(run);
            VaultExportTest.unresolvedLinksAreCountedListedAndHarmless(run);
            VaultExportTest.propertyTypesFollowTheYaml12CoreSchema(run);
        } catch (AssertionError e) {
            throw new AssertionError("random vault of seed " + seed + " (in " + vault + "):\n" + e.getMessage(), e);
        }
    }

    /** A vault of some 40 notes and a few attachments, the same for the same random numbers. */
    static Path write(Path vault, Random random) throws IOException {
        List<String> notes = new ArrayList<>();
        for (int i = 0; notes.size() < 40 && i < 400; i++) {
            String folder = pick(random, FOLDERS);
            String name = pick(random, NAMES) + (random.nextInt(3) == 0 ? " " + random.nextInt(5) : "");
            String path = (folder.isEmpty() ? "" : folder + "/") + name + ".md";
            if (notes.stream().noneMatch(p -> VaultOracle.fold(p).equals(VaultOracle.fold(path)))) {
                notes.add(path);
            }
        }
        List<String> files = new ArrayList<>();
        for (String attachment : ATTACHMENTS) {
            for (int copies = 1 + random.nextInt(2); copies > 0; copies--) {
                String folder = pick(random, FOLDERS);
                String path = (folder.isEmpty() ? "" : folder + "/") + attachment;
                if (!files.contains(path)) {
                    files.add(path);
                    Path file = vault.resolve(path);
                    Files.createDirectories(file.getParent());
                    Files.write(file, TestVault.bytes(attachment.endsWith(".png") ? "png" : attachment.endsWith(".pdf") ? "pdf" : "jpg", path));
                }
            }
        }
        for (String note : notes) {
            Path file = vault.resolve(note);
            Files.createDirectories(file.getParent());
            Files.writeString(file, note(random, note, notes, files), StandardCharsets.UTF_8);
        }
        return vault;
    }

    private static String pick(Random random, String[] from) {
        return from[random.nextInt(from.length)];
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static String note(Random random, String path, List<String> notes, List<String> files) {
        StringBuilder text = new StringBuilder();
        if (random.nextInt(4) > 0) {
            text.append("---\n");
            for (int i = random.nextInt(5); i >= 0; i--) {
                text.append("prop").append(i).append(": ").append(pick(random, VALUES)).append('\n');
            }
            text.append("tags: [random, seed]\n---\n");
        }
        text.append("# ").append(stem(path)).append("\n\n");
        for (int section = 1; section <= 3; section++) {
            text.append("## Section ").append(section).append("\n\n");
            for (int i = 1 + random.nextInt(4); i > 0; i--) {
                text.append("Some text ").append(link(random, path, notes, files)).append(" and more;\n");
            }
            text.append('\n');
        }
        text.append("| What | Link |\n| --- | --- |\n| one | [[").append(stem(pick(random, notes))).append("\\|in a table]] |\n\n");
        text.append("Code: `[[").append(stem(pick(random, notes))).append("]]`\n\n```\n[[").append(stem(pick(random, notes))).append("]]\n```\n");
        return text.toString();
    }

    private static String stem(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    /** One link in a random form to a random note or attachment (or to nothing). */
    private static String link(Random random, String from, List<String> notes, List<String> files) {
        String note = pick(random, notes);
        String file = pick(random, files);
        String folder = VaultOracle.parent(from);
        return switch (random.nextInt(21)) {
            case 0 -> "[[" + stem(note) + "]]";
            case 1 -> "[[" + note.substring(0, note.length() - 3) + "]]";
            case 2 -> "[[" + stem(note) + "|an alias & more]]";
            case 3 -> "[[" + stem(note) + "#Section 2]]";
            case 4 -> "[[" + stem(note).toLowerCase(java.util.Locale.ROOT) + ".md]]";
            case 5 -> "![[" + VaultOracle.name(file) + "]]";
            case 6 -> "![[" + VaultOracle.name(file) + "|300]]";
            case 7 -> "[text](" + encode(relative(folder, note)) + ")";
            case 8 -> "[angle](<" + relative(folder, note) + ">)";
            case 9 -> "![alt](" + encode(relative(folder, file)) + ")";
            case 10 -> "[[Missing " + random.nextInt(100) + "]]";
            case 11 -> "[[#Section 3]]";
            case 12 -> "[to a heading](" + encode(relative(folder, note)) + "#Section%201)";
            case 13 -> "[[" + stem(note) + "]][[" + stem(pick(random, notes)) + "#Section 1|alias]]";
            case 14 -> "*[[" + stem(note) + "|emphasised]]* and **[bold](" + encode(relative(folder, note)) + ")**";
            case 15 -> "[![nested](" + encode(relative(folder, file)) + ")](" + encode(relative(folder, note)) + ")";
            case 16 -> "<!-- [[" + stem(note) + "]] in a comment -->";
            case 17 -> "[a reference][r" + Math.abs(note.hashCode()) + "]\n\n[r" + Math.abs(note.hashCode()) + "]: <" + relative(folder, note) + ">\n";
            case 18 -> "\n> quoted [[" + stem(note) + "]] and ![[" + VaultOracle.name(file) + "]]\n";
            case 19 -> "\n- item [[" + note + "]]\n  - nested [text](" + encode(relative(folder, file)) + " \"a (title)\")\n";
            default -> "[[" + file + "]]";
        };
    }

    private static String relative(String folder, String path) {
        String[] from = folder.isEmpty() ? new String[0] : folder.split("/");
        String[] to = path.split("/");
        int common = 0;
        while (common < from.length && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder relative = new StringBuilder("../".repeat(from.length - common));
        for (int i = common; i < to.length; i++) {
            relative.append(i > common ? "/" : "").append(to[i]);
        }
        return relative.toString();
    }

    /** Percent-encoding of everything but ASCII letters, digits, {@code -._~/} (as a careful writer of Markdown links does). */
    private static String encode(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 128 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }
}
