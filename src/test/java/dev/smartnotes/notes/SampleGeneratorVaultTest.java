package dev.smartnotes.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The vault of {@link SampleGenerator#vault(int, java.util.function.Consumer)}, read back as an
 * exporter would read it (CommonMark for the Markdown, so that code is code) and checked for every
 * shape the issue asks for. Each property runs on several seeds; the seed is in the test's name.
 */
class SampleGeneratorVaultTest {
    static final int NOTES = 400;
    private static final String GOLDEN = "4883ace1f235113ac4a2ba38b275593463c3900cc7b689dcf5a08da8afadcae8";

    /** The demo's seed and three drawn from a fixed one, so that a failure can be run again. */
    static LongStream seeds() {
        return LongStream.concat(LongStream.of(SampleGenerator.DEMO_SEED), new SplittableRandom(20_260_101).longs(3, 0, 100_000));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theSameSeedGivesTheSameFilesByteForByte(long seed) {
        List<SampleFile> first = new SampleGenerator(seed).vault(NOTES);
        SampleGenerator generator = new SampleGenerator(seed);
        assertThat(generator.vault(NOTES)).as("seed %d", seed).isEqualTo(first);
        assertThat(generator.vault(NOTES)).as("seed %d, the same generator again", seed).isEqualTo(first);
        assertThat(digest(new SampleGenerator(seed).vault(NOTES))).isEqualTo(digest(first));
        assertThat(new SampleGenerator(seed + 1).vault(NOTES)).as("seed %d", seed + 1).isNotEqualTo(first);
    }

    @Test
    void aKnownSeedGivesKnownFiles() {
        // The same in every run and on every machine; a deliberate change of the generator changes it.
        assertThat(digest(new SampleGenerator(1).vault(200))).isEqualTo(GOLDEN);
        assertThat(new SampleGenerator(1).vault(200).stream().map(SampleFile::path).limit(4))
                .containsExactly(".obsidian/app.json", "Home.md", "ideas/Recursion.md", "ideas/Ping.md");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void countIsTheNumberOfNotesAndAttachmentsComeOnTop(long seed) {
        for (int count : new int[] {0, 1, 2, 9, 10, 100, NOTES}) {
            List<SampleFile> files = new SampleGenerator(seed).vault(count);
            long notes = files.stream().filter(f -> f instanceof SampleGenerator.Sample).count();
            assertThat(notes).as("seed %d, count %d", seed, count).isEqualTo(count);
            assertThat(files.size() - notes).as("seed %d, count %d: settings and one attachment per nine notes", seed, count)
                    .isEqualTo(count == 0 ? 0 : 1 + Math.round(count / 9.0));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyLinkFormIsThereAndResolves(long seed) {
        Vault vault = Vault.of(seed);
        Map<String, Long> forms = vault.links.stream().filter(l -> !l.unresolved()).collect(Collectors.groupingBy(Vault.Link::form,
                TreeMap::new, Collectors.counting()));
        assertThat(forms.keySet()).as("seed %d: %s", seed, forms).containsAll(Vault.FORMS);
        assertThat(vault.links.stream().filter(l -> !l.unresolved() && !l.subpathFound()))
                .as("seed %d: a heading or block that a resolved link names is in the note", seed).isEmpty();
        assertThat(vault.links.stream().filter(l -> l.subpath().startsWith("^")).count()).as("seed %d", seed).isPositive();
        assertThat(vault.links.stream().map(Vault.Link::subpath).filter(s -> !s.startsWith("^") && !s.isEmpty()))
                .as("seed %d: headings with punctuation and in other scripts", seed)
                .anyMatch(s -> s.chars().anyMatch(c -> c > 0x7F)).anyMatch(s -> s.matches(".*[&,()?!'.].*"));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aFewLinksAreUnresolvedAndSomeNamesAmbiguous(long seed) {
        Vault vault = Vault.of(seed);
        long unresolved = vault.links.stream().filter(Vault.Link::unresolved).count();
        assertThat((double) unresolved / vault.links.size()).as("seed %d: %d of %d links unresolved", seed, unresolved, vault.links.size())
                .isBetween(0.02, 0.06);
        assertThat(vault.links.size()).as("seed %d: links a note", seed).isGreaterThan(4 * NOTES);
        assertThat(vault.links.stream().filter(Vault.Link::ambiguous).count()).as("seed %d: links to a name in two folders", seed)
                .isPositive();
        assertThat(vault.links.stream().filter(l -> l.unresolved() && l.kind() == Vault.Kind.EMBED)).as("seed %d", seed).isNotEmpty();
        assertThat(vault.links.stream().filter(l -> l.unresolved() && l.kind() == Vault.Kind.MD)).as("seed %d", seed).isNotEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void linksInCodeAreInCodeAndUrlsAreThere(long seed) {
        Vault vault = Vault.of(seed);
        assertThat(vault.code.keySet()).as("seed %d", seed).contains("fenced", "indented", "inline");
        assertThat(vault.code.values()).allMatch(n -> n > 3);
        assertThat(vault.urls).as("seed %d", seed).isGreaterThan(NOTES / 20);
        String all = vault.notes.values().stream().map(SampleGenerator.Sample::markdown).collect(Collectors.joining("\n"));
        assertThat(all).contains(" https://", "](https://", "<https://");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void notesEmbedThemselvesAndEachOtherInACycle(long seed) {
        Vault vault = Vault.of(seed);
        Map<String, Set<String>> embeds = new HashMap<>();
        vault.links.stream().filter(l -> l.kind() == Vault.Kind.EMBED && l.resolved().size() == 1 && l.resolved().getFirst().endsWith(".md"))
                .forEach(l -> embeds.computeIfAbsent(l.from(), k -> new HashSet<>()).add(l.resolved().getFirst()));
        assertThat(embeds).as("seed %d: a note embeds itself", seed).anySatisfy((from, to) -> assertThat(to).contains(from));
        assertThat(embeds).as("seed %d: A embeds B embeds A", seed).anySatisfy((from, to) -> assertThat(to)
                .anyMatch(other -> !other.equals(from) && embeds.getOrDefault(other, Set.of()).contains(from)));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyNoteParsesAndTheTypedPropertiesAreThere(long seed) throws Exception {
        Vault vault = Vault.of(seed);
        Map<String, List<Object>> values = new HashMap<>();
        for (SampleGenerator.Sample sample : vault.notes.values()) {
            Note note = NoteParser.parse(sample.path(), sample.markdown());
            assertThat(note.title()).isNotBlank();
            note.fields().forEach((key, value) -> values.computeIfAbsent(key, k -> new ArrayList<>()).add(value));
            values.computeIfAbsent("created", k -> new ArrayList<>()).add(note.created());
        }
        assertThat(values.get("publish")).as("seed %d", seed).contains(true, false);
        assertThat(values.get("rating")).anyMatch(v -> v instanceof Long n && n >= 1 && n <= 5);
        assertThat(values.get("score")).anyMatch(v -> v instanceof java.math.BigDecimal);
        assertThat(values.get("created")).anyMatch(v -> v instanceof Long n && String.valueOf(n).length() == 13)
                .anyMatch(v -> v instanceof String s && s.matches("\\d{4}-\\d\\d-\\d\\d"))
                .anyMatch(v -> v instanceof String s && s.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"))
                .anyMatch(v -> v instanceof String s && s.matches(".*T.*([+-]\\d\\d:\\d\\d|Z)"));
        assertThat(values.get("aliases")).anyMatch(v -> v instanceof List<?>);
        assertThat(values.get("status")).as("text that YAML 1.1 would read as a boolean").contains("NO", "off", "yes");
        assertThat(values.get("zip")).allMatch(v -> ((String) v).startsWith("0"));
        assertThat(values.get("version")).containsOnly("1.10");
        assertThat(values.get("due")).allMatch(v -> ((String) v).matches("\\d{4}-\\d\\d-\\d\\d"));
        assertThat(values.get("project")).anySatisfy(v -> assertThat(List.copyOf(((Map<?, ?>) v).keySet()))
                .isEqualTo(List.of("status", "owner", "budget", "dates", "team")));
        assertThat(values.get("parent")).containsOnlyNulls();
        assertThat(values.get("reviewer")).as("an empty value is null in YAML 1.2").containsOnlyNulls();
        assertThat(values.get("draft")).as("a quoted \"true\" is text").containsOnly("true");
        String all = vault.notes.values().stream().map(SampleGenerator.Sample::markdown).collect(Collectors.joining("\n"));
        assertThat(all).as("block and flow lists, a quoted \"true\", Dendron's times")
                .contains("tags:\n  - ", "tags: [", "draft: \"true\"", "next: ~", "summary: \"\"", "desc: ''", "\nupdated: 1");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void namesAreInManyScriptsAndValidEverywhere(long seed) {
        Vault vault = Vault.of(seed);
        Set<Character.UnicodeScript> scripts = vault.paths().stream().flatMap(p -> p.codePoints().mapToObj(Character.UnicodeScript::of))
                .collect(Collectors.toSet());
        assertThat(scripts).contains(Character.UnicodeScript.LATIN, Character.UnicodeScript.CYRILLIC, Character.UnicodeScript.GREEK,
                Character.UnicodeScript.ARABIC, Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA);
        assertThat(vault.paths()).anyMatch(p -> p.codePoints().anyMatch(c -> Character.getType(c) == Character.OTHER_SYMBOL && c > 0xFFFF))
                .anyMatch(p -> p.contains("é")).anyMatch(p -> p.contains(" ")).anyMatch(p -> p.contains(","))
                .anyMatch(p -> p.contains("(")).anyMatch(p -> p.contains("&")).anyMatch(p -> p.contains("#"));
        for (String path : vault.paths()) {
            assertThat(Normalizer.isNormalized(path, Normalizer.Form.NFC)).as("%s in NFC, as macOS keeps it", path).isTrue();
            assertThat(path.length()).as(path).isLessThan(200);
            for (String segment : path.split("/")) {
                assertThat(segment).as("a name in %s", path).matches("[^<>:\"\\\\|?*\\x00-\\x1F]+").doesNotEndWith(".")
                        .doesNotEndWith(" ").doesNotStartWith(" ");
                assertThat(segment.getBytes(StandardCharsets.UTF_8).length).as(path).isLessThanOrEqualTo(255);
                String stem = segment.contains(".") ? segment.substring(0, segment.indexOf('.')) : segment;
                assertThat(stem.toUpperCase(Locale.ROOT)).as("a name Windows reserves, in %s", path)
                        .doesNotMatch("CON|PRN|AUX|NUL|COM\\d|LPT\\d");
            }
        }
        assertThat(vault.paths().stream().filter(p -> p.startsWith(".") || p.contains("/."))).containsExactly(".obsidian/app.json");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noTwoPathsAreEqualIgnoringCase(long seed) {
        assertThat(Vault.of(seed).paths().stream().map(SampleGeneratorVaultTest::fold)).as("seed %d", seed).doesNotHaveDuplicates();
    }

    /** The names are functions of the index: checked over a large vault without making its notes. */
    @Test
    void noTwoPathsOfALargeVaultAreEqualIgnoringCase() {
        int notes = 300_000;
        SampleNames names = new SampleNames(5);
        SampleAttachments files = new SampleAttachments(names, notes);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < notes; i++) {
            String path = names.plan(i).path();
            assertThat(seen.add(fold(path))).as("note %d: %s", i, path).isTrue();
        }
        for (int i = 0; i < files.count(); i++) {
            String path = files.plan(i).path();
            assertThat(seen.add(fold(path))).as("attachment %d: %s", i, path).isTrue();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void dendronNamesLiveInOneFolderAndDailyNotesInTheirYear(long seed) {
        Vault vault = Vault.of(seed);
        List<String> dotted = vault.notes.keySet().stream().filter(p -> stem(p).matches("[a-z]+(\\.[a-z0-9]+)+")).toList();
        assertThat(dotted).as("seed %d", seed).hasSizeGreaterThan(NOTES / 20).allMatch(p -> p.startsWith("dendron/"))
                .anyMatch(p -> stem(p).chars().filter(c -> c == '.').count() == 2);
        assertThat(vault.notes.keySet()).anyMatch(p -> p.matches("journal/2024/2024-\\d\\d-\\d\\d\\.md"));
        assertThat(vault.links.stream().filter(l -> l.target().matches("\\d{4}-\\d\\d-\\d\\d")))
                .as("seed %d: links between daily notes", seed).isNotEmpty().noneMatch(Vault.Link::unresolved);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void notesAreAsLargeAsThePlainOnes(long seed) {
        Vault vault = Vault.of(seed);
        double average = vault.notes.values().stream().mapToInt(n -> n.bytes().length).average().orElseThrow();
        assertThat(average).as("seed %d: bytes a note", seed).isBetween(1000.0, 1500.0);
    }

    static String fold(String path) {
        return Normalizer.normalize(path, Normalizer.Form.NFC).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    static String digest(List<SampleFile> files) {
        try {
            var sha = java.security.MessageDigest.getInstance("SHA-256");
            files.forEach(f -> {
                sha.update(f.path().getBytes(StandardCharsets.UTF_8));
                sha.update(f.bytes());
            });
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static String stem(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    /** A generated vault read back: its files, and the links of its notes resolved against them. */
    static final class Vault {
        enum Kind { WIKI, EMBED, MD, IMAGE }

        /** One link, where it is, and what it resolves to: no path (unresolved), one, or several (an ambiguous name). */
        record Link(String from, String raw, Kind kind, String target, String subpath, List<String> resolved, boolean subpathFound) {
            boolean unresolved() {
                return resolved.isEmpty();
            }

            boolean ambiguous() {
                return resolved.size() > 1;
            }

            /** The form the issue names this link by. */
            String form() {
                boolean file = !resolved.isEmpty() && !resolved.getFirst().endsWith(".md");
                return switch (kind) {
                    case WIKI -> target.isEmpty() ? "[[#Heading]]" : raw.contains("|") ? "[[Note|alias]]" : subpath.startsWith("^") ? "[[Note#^block]]"
                            : !subpath.isEmpty() ? "[[Note#Heading]]" : target.contains("/") ? "[[Folder/Note]]"
                            : target.endsWith(".md") ? "[[Note.md]]" : file ? "[[file.pdf]]"
                            : resolved.stream().noneMatch(p -> stem(p).equals(target)) ? "[[note]]" : "[[Note]]";
                    case EMBED -> file ? (raw.contains("|") ? "![[image.png|300]]" : "![[diagram.png]]")
                            : subpath.isEmpty() ? "![[Note]]" : "![[Note#Heading]]";
                    case MD -> raw.contains("](<") ? "[text](<Folder/My Note.md>)" : target.startsWith("../") ? "[text](../other/Note.md#heading)"
                            : raw.contains("%") ? "[text](Folder/My%20Note.md)" : "[text](Folder/Note.md)";
                    case IMAGE -> "![alt](img/photo.jpg)";
                };
            }
        }

        static final List<String> FORMS = List.of("[[Note]]", "[[Note|alias]]", "[[Note#Heading]]", "[[Note#^block]]", "[[Folder/Note]]",
                "[[note]]", "[[Note.md]]", "[[#Heading]]", "[[file.pdf]]", "![[Note]]", "![[Note#Heading]]", "![[diagram.png]]",
                "![[image.png|300]]", "[text](Folder/Note.md)", "[text](Folder/My%20Note.md)", "[text](<Folder/My Note.md>)",
                "[text](../other/Note.md#heading)", "![alt](img/photo.jpg)");
        private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        private static final Pattern WIKILINK = Pattern.compile("(!?)\\[\\[([^\\[\\]\\n]+?)]]");
        private static final Pattern BLOCK_ID = Pattern.compile(" \\^([a-z0-9]+)$");
        private static final Map<Long, Vault> MADE = new ConcurrentHashMap<>();

        final Map<String, SampleGenerator.Sample> notes = new LinkedHashMap<>();
        final Map<String, SampleFile.Attachment> attachments = new LinkedHashMap<>();
        final List<Link> links = new ArrayList<>();
        final Map<String, Integer> code = new HashMap<>();
        int urls;
        private final Map<String, Set<String>> headings = new HashMap<>();
        private final Map<String, Set<String>> blocks = new HashMap<>();
        private final Map<String, String> byPath = new HashMap<>();
        private final Map<String, List<String>> byName = new HashMap<>();

        static Vault of(long seed) {
            return MADE.computeIfAbsent(seed, s -> new Vault(new SampleGenerator(s).vault(NOTES)));
        }

        private Vault(List<SampleFile> files) {
            for (SampleFile file : files) {
                switch (file) {
                    case SampleGenerator.Sample note -> notes.put(note.path(), note);
                    case SampleFile.Attachment attachment -> attachments.put(attachment.path(), attachment);
                }
                byPath.put(file.path().toLowerCase(Locale.ROOT), file.path());
                String name = file.path().substring(file.path().lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
                byName.computeIfAbsent(name.endsWith(".md") ? name.substring(0, name.length() - 3) : name, k -> new ArrayList<>()).add(file.path());
            }
            List<Runnable> resolving = new ArrayList<>();
            notes.values().forEach(note -> read(note, resolving));
            resolving.forEach(Runnable::run); // once every note's headings and blocks are known
        }

        List<String> paths() {
            return Stream.concat(notes.keySet().stream(), attachments.keySet().stream()).toList();
        }

        private void read(SampleGenerator.Sample note, List<Runnable> resolving) {
            String markdown = note.markdown();
            String body = markdown.startsWith("---\n") ? markdown.substring(markdown.indexOf("\n---\n", 3) + 5) : markdown;
            Set<String> ownHeadings = headings.computeIfAbsent(note.path(), k -> new HashSet<>());
            Set<String> ownBlocks = blocks.computeIfAbsent(note.path(), k -> new HashSet<>());
            PARSER.parse(body).accept(new AbstractVisitor() {
                @Override
                public void visit(Heading heading) {
                    ownHeadings.add(text(heading));
                    wikilinks(text(heading));
                    visitChildren(heading);
                }

                @Override
                public void visit(Paragraph paragraph) {
                    String text = text(paragraph);
                    Matcher block = BLOCK_ID.matcher(text);
                    if (block.find()) {
                        ownBlocks.add(block.group(1));
                    }
                    wikilinks(text);
                    visitChildren(paragraph);
                }

                @Override
                public void visit(org.commonmark.node.Link link) {
                    String raw = raw(link, body);
                    if (link.getDestination().matches("[a-z]+:.*")) {
                        urls++;
                    } else {
                        resolving.add(() -> links.add(markdownLink(note.path(), raw, Kind.MD, link.getDestination())));
                    }
                }

                @Override
                public void visit(Image image) {
                    String raw = raw(image, body);
                    resolving.add(() -> links.add(markdownLink(note.path(), raw, Kind.IMAGE, image.getDestination())));
                }

                @Override
                public void visit(Code inline) {
                    countCode("inline", inline.getLiteral());
                }

                @Override
                public void visit(FencedCodeBlock fenced) {
                    countCode("fenced", fenced.getLiteral());
                }

                @Override
                public void visit(IndentedCodeBlock indented) {
                    countCode("indented", indented.getLiteral());
                }

                private void wikilinks(String text) {
                    Matcher m = WIKILINK.matcher(text);
                    while (m.find()) {
                        String raw = m.group();
                        boolean embed = !m.group(1).isEmpty();
                        String inner = m.group(2);
                        resolving.add(() -> links.add(wikilink(note.path(), raw, embed, inner)));
                    }
                }
            });
            urls += (int) Pattern.compile("(^|\\s)https://").matcher(body).results().count();
        }

        private void countCode(String kind, String literal) {
            if (literal.contains("[[") || literal.contains("](")) {
                code.merge(kind, 1, Integer::sum);
            }
        }

        private Link wikilink(String from, String raw, boolean embed, String inner) {
            String target = inner.contains("|") ? inner.substring(0, inner.indexOf('|')) : inner;
            String subpath = target.contains("#") ? target.substring(target.indexOf('#') + 1) : "";
            target = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
            List<String> resolved;
            if (target.isEmpty()) {
                resolved = List.of(from);
            } else if (target.contains("/")) {
                String path = byPath.getOrDefault(target.toLowerCase(Locale.ROOT), byPath.get(target.toLowerCase(Locale.ROOT) + ".md"));
                resolved = path == null ? List.of() : List.of(path);
            } else {
                String name = target.toLowerCase(Locale.ROOT);
                resolved = byName.getOrDefault(name.endsWith(".md") ? name.substring(0, name.length() - 3) : name, List.of());
            }
            return new Link(from, raw, embed ? Kind.EMBED : Kind.WIKI, target, subpath, resolved, found(resolved, subpath));
        }

        private Link markdownLink(String from, String raw, Kind kind, String destination) {
            String path = destination.contains("#") ? destination.substring(0, destination.indexOf('#')) : destination;
            String subpath = destination.contains("#") ? decode(destination.substring(destination.indexOf('#') + 1)) : "";
            String folder = from.contains("/") ? from.substring(0, from.lastIndexOf('/') + 1) : "";
            String found = byPath.getOrDefault(normalize(folder + decode(path)).toLowerCase(Locale.ROOT),
                    byPath.get(normalize(decode(path)).toLowerCase(Locale.ROOT)));
            List<String> resolved = found == null ? List.of() : List.of(found);
            return new Link(from, raw, kind, path, subpath, resolved, found(resolved, subpath));
        }

        private boolean found(List<String> resolved, String subpath) {
            return subpath.isEmpty() || resolved.isEmpty() || resolved.stream().allMatch(path -> subpath.startsWith("^")
                    ? blocks.getOrDefault(path, Set.of()).contains(subpath.substring(1)) : headings.getOrDefault(path, Set.of()).contains(subpath));
        }

        private static String normalize(String path) {
            List<String> segments = new ArrayList<>();
            for (String segment : path.split("/")) {
                if (segment.equals("..")) {
                    if (!segments.isEmpty()) {
                        segments.removeLast();
                    }
                } else if (!segment.isEmpty() && !segment.equals(".")) {
                    segments.add(segment);
                }
            }
            return String.join("/", segments);
        }

        static String decode(String s) {
            byte[] bytes = new byte[s.length() * 4];
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == '%' && i + 2 < s.length()) {
                    bytes[n++] = (byte) Integer.parseInt(s.substring(i + 1, i + 3), 16);
                    i += 2;
                } else {
                    for (byte b : String.valueOf(s.charAt(i)).getBytes(StandardCharsets.UTF_8)) {
                        bytes[n++] = b;
                    }
                }
            }
            return new String(bytes, 0, n, StandardCharsets.UTF_8);
        }

        /** The text of a block's inline content; anything that is not text (code, a link) becomes a NUL, which no link spans. */
        private static String text(Node block) {
            StringBuilder text = new StringBuilder();
            for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
                text.append(switch (child) {
                    case Text t -> t.getLiteral();
                    case SoftLineBreak b -> "\n";
                    case HardLineBreak b -> "\n";
                    default -> "\0";
                });
            }
            return text.toString();
        }

        private static String raw(Node node, String source) {
            var span = node.getSourceSpans().getFirst();
            var last = node.getSourceSpans().getLast();
            return source.substring(span.getInputIndex(), last.getInputIndex() + last.getLength());
        }
    }
}
