package dev.smartnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.smartnotes.cli.VaultOracle.Reading;
import dev.smartnotes.cli.VaultOracle.Resolution;
import dev.smartnotes.cli.VaultOracle.SourceLink;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.api.SoftAssertions;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The claims of "Export a real vault faithfully" (issue 12), checked end to end on vaults the
 * exporter has never seen: the hand-made Obsidian and Dendron vaults and a generated sample vault
 * ({@link TestVault}), each exported once with the default options, its output read back with
 * commonmark-java, Jackson, commons-csv and snakeyaml-engine, and compared with what this test's own
 * reading of the source says ({@link VaultOracle}), never with the exporter's own classes.
 */
class VaultExportTest {
    @TempDir
    static Path temp;

    private static final Map<TestVault, Run> RUNS = new EnumMap<>(TestVault.class);
    private static final Map<TestVault, Run> KEEP_NORMALIZE = new EnumMap<>(TestVault.class);

    /** One export of a vault (of this kind, or null for a vault made by a test): its source, its output, and what the command printed. */
    record Run(TestVault kind, VaultOracle vault, ExportedVault out, int exit, String stdout, String stderr) {
        @Override
        public String toString() {
            return kind + " export, exit " + exit + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr;
        }
    }

    static Run run(TestVault kind) throws IOException {
        Run run = RUNS.get(kind);
        if (run == null) {
            run = export(kind, "default", "--report", "json", "--verbose");
            RUNS.put(kind, run);
        }
        return run;
    }

    private static Run keepNormalize(TestVault kind) throws IOException {
        Run run = KEEP_NORMALIZE.get(kind);
        if (run == null) {
            run = export(kind, "keep", "--links", "keep", "--frontmatter", "normalize", "--format", "md");
            KEEP_NORMALIZE.put(kind, run);
        }
        return run;
    }

    private static Path vaultFolder(TestVault kind) throws IOException {
        Path folder = temp.resolve(kind.name().toLowerCase(Locale.ROOT) + "-vault");
        return Files.isDirectory(folder) ? folder : kind.materialize(folder);
    }

    private static Run export(TestVault kind, String name, String... options) throws IOException {
        return export(kind, vaultFolder(kind), temp.resolve(kind.name().toLowerCase(Locale.ROOT) + "-" + name), options);
    }

    /** Exports {@code vault} (of this kind, or null for another vault) into {@code out}, which must succeed. */
    static Run export(TestVault kind, Path vault, Path out, String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("export", "--notes", vault.toString(), "--out", out.toString()));
        args.addAll(List.of(options));
        Cli cli = Cli.create();
        int exit = cli.run(args.toArray(String[]::new));
        Run run = new Run(kind, VaultOracle.of(vault), ExportedVault.read(out), exit, cli.stdout(), cli.stderr());
        assertThat(exit).as("%s", run).isZero();
        if (!run.out().json.isEmpty()) {
            assertThat(run.out().json.keySet()).as("every note exported: %s", run).containsExactlyInAnyOrderElementsOf(run.vault().notes());
        }
        return run;
    }

    /** A note's exported Markdown, split like its source. */
    private static VaultOracle.Split output(Run run, String note) {
        return VaultOracle.split(run.out().mdText(note));
    }

    private static VaultOracle.Split source(Run run, String note) {
        return VaultOracle.split(run.vault().text(note));
    }

    // ------------------------------------------------------------------ links in the Markdown

    @ParameterizedTest
    @EnumSource(TestVault.class)
    void everyRelativeDestinationIsAFileOfTheExport(TestVault kind) throws Exception {
        everyRelativeDestinationIsAFileOfTheExport(run(kind));
    }

    static void everyRelativeDestinationIsAFileOfTheExport(Run run) throws Exception {
        TestVault kind = run.kind();
        Path md = run.out().out.resolve("md").toRealPath();
        SoftAssertions soft = new SoftAssertions();
        int checked = 0;
        for (String note : run.out().json.keySet()) {
            Set<String> leftAsWritten = unresolvedDestinations(run, note);
            Path folder = run.out().md(note).getParent();
            for (SourceLink link : VaultOracle.read(output(run, note).body()).links()) {
                if (!link.markdown() || link.target().isEmpty()) {
                    continue; // wikilinks left as written are the next test's business; #fragment alone: same file
                }
                Path file = folder.resolve(link.target()).normalize();
                boolean inExport = Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && file.toRealPath().startsWith(md);
                checked++;
                soft.assertThat(inExport || leftAsWritten.contains(link.destination()))
                        .as("%s: %s leads to %s, which is not a file of the export (nor a link the vault cannot resolve)", note, link.raw(), file)
                        .isTrue();
            }
        }
        assertThat(checked).as("links checked in %s", kind).isGreaterThan(10);
        soft.assertAll();
    }

    /** The destinations of a note's Markdown links and images that name nothing in the vault. */
    private static Set<String> unresolvedDestinations(Run run, String note) {
        return VaultOracle.read(source(run, note).body()).links().stream()
                .filter(l -> l.markdown() && run.vault().resolve(l, note) instanceof Resolution.Missing)
                .map(SourceLink::destination).collect(Collectors.toSet());
    }

    @ParameterizedTest
    @EnumSource(TestVault.class)
    void noWikilinkThatResolvesIsLeftOutsideCode(TestVault kind) throws Exception {
        noWikilinkThatResolvesIsLeftOutsideCode(run(kind));
    }

    static void noWikilinkThatResolvesIsLeftOutsideCode(Run run) throws Exception {
        TestVault kind = run.kind();
        SoftAssertions soft = new SoftAssertions();
        int left = 0;
        for (String note : run.out().json.keySet()) {
            String body = output(run, note).body();
            Reading reading = VaultOracle.read(body);
            BitSet codeOrHtml = new BitSet();
            codeOrHtml.or(reading.code());
            codeOrHtml.or(reading.html());
            for (SourceLink wiki : VaultOracle.wikilinks(body, codeOrHtml)) {
                left++;
                soft.assertThat(run.vault().resolve(wiki, note)).as("%s still holds %s outside code", note, wiki.raw())
                        .isInstanceOf(Resolution.Missing.class);
            }
        }
        if (kind == TestVault.OBSIDIAN) {
            assertThat(left).as("the unresolved wikilinks of the Obsidian vault stay as written").isGreaterThanOrEqualTo(5);
        }
        soft.assertAll();
    }

    /**
     * Each link of a source body becomes exactly one link of the exported body, in the same order:
     * one that resolves leads to the exported file of the very file it names (the exported note, or
     * the attachment copied under its vault path), one that does not stays exactly as written.
     */
    @ParameterizedTest
    @EnumSource(TestVault.class)
    void eachLinkLeadsToTheFileItNamesInTheVault(TestVault kind) throws Exception {
        eachLinkLeadsToTheFileItNamesInTheVault(run(kind));
    }

    static void eachLinkLeadsToTheFileItNamesInTheVault(Run run) throws Exception {
        TestVault kind = run.kind();
        SoftAssertions soft = new SoftAssertions();
        int rewritten = 0;
        for (String note : run.out().json.keySet()) {
            List<SourceLink> before = linksToFiles(source(run, note).body()).stream()
                    .filter(l -> l.fragment().isEmpty() || !(run.vault().resolve(l, note) instanceof Resolution.Found f && f.path().equals(note)))
                    .toList();
            List<SourceLink> after = linksToFiles(output(run, note).body());
            if (before.size() != after.size()) {
                soft.fail("%s has %d links in the vault but %d in the export:%n  %s%n  %s", note, before.size(), after.size(),
                        before.stream().map(SourceLink::raw).toList(), after.stream().map(SourceLink::raw).toList());
                continue;
            }
            Path folder = run.out().md(note).getParent();
            for (int i = 0; i < before.size(); i++) {
                SourceLink source = before.get(i);
                SourceLink exported = after.get(i);
                String expected = switch (run.vault().resolve(source, note)) {
                    case Resolution.Found found -> found.path();
                    case Resolution.Ambiguous ambiguous -> chosen(run, note, ambiguous.candidates());
                    case Resolution.Unknown unknown -> null;
                    case Resolution.Missing missing -> {
                        soft.assertThat(exported.raw()).as("%s: an unresolved link stays as written", note).isEqualTo(source.raw());
                        yield null;
                    }
                };
                if (expected == null) {
                    continue;
                }
                rewritten++;
                soft.assertThat(exported.markdown()).as("%s: %s is written as a CommonMark link (%s)", note, source.raw(), exported.raw()).isTrue();
                if (exported.markdown()) {
                    Path file = folder.resolve(exported.target()).normalize();
                    Path wanted = VaultOracle.isNote(expected) ? run.out().md(expected) : run.out().out.resolve("md").resolve(expected);
                    soft.assertThat(file).as("%s: %s became %s", note, source.raw(), exported.raw()).isEqualTo(wanted.normalize());
                    soft.assertThat(exported.embed())
                            .as("%s: %s became %s: an image exactly when it embeds an image (a CommonMark link keeps its form)", note,
                                    source.raw(), exported.raw())
                            .isEqualTo(source.markdown() ? source.embed() : source.embed() && image(expected));
                    String text = source.markdown() ? (source.reference() ? null : shownText(source.raw())) : alias(source);
                    if (text != null && !exported.reference()) {
                        soft.assertThat(shownText(exported.raw())).as("%s: the text %s shows, written as %s", note, source.raw(), exported.raw())
                                .isEqualTo(text);
                    }
                }
            }
        }
        assertThat(rewritten).as("links rewritten in %s", kind).isGreaterThan(10);
        soft.assertAll();
    }

    /**
     * The links of a body that name a file. A link to a heading of the same note ({@code [[#Heading]]},
     * {@code [[This note#Heading]]}) becomes a bare {@code #heading}: the callers leave those out.
     */
    private static List<SourceLink> linksToFiles(String body) {
        return VaultOracle.read(body).links().stream().filter(l -> !l.target().isEmpty()).toList();
    }

    /** A wikilink's alias ({@code \|} in a table standing for {@code |}), or null if it has none or the alias is an image size. */
    private static String alias(SourceLink wiki) {
        String inner = wiki.raw().substring(wiki.embed() ? 3 : 2, wiki.raw().length() - 2);
        int bar = inner.indexOf('|');
        if (bar < 0) {
            return null;
        }
        String alias = inner.substring(bar + 1).replace("\\|", "|").strip();
        return wiki.embed() && alias.matches("[0-9]+(x[0-9]+)?") ? null : alias;
    }

    /** The text a CommonMark reader shows for the one link or image written in {@code raw}. */
    static String shownText(String raw) {
        StringBuilder text = new StringBuilder();
        Node document = VaultOracle.read(raw).document();
        Node link = first(document);
        if (link == null) {
            return null;
        }
        link.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }
        });
        return text.toString();
    }

    private static Node first(Node node) {
        if (node instanceof org.commonmark.node.Link || node instanceof org.commonmark.node.Image) {
            return node;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            Node found = first(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static boolean image(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return Set.of(".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".bmp", ".avif").stream().anyMatch(lower::endsWith);
    }

    /** Which of several same-named files the export says the note links to, or null if it does not say one. */
    private static String chosen(Run run, String note, List<String> candidates) {
        List<String> linked = candidates.stream().filter(run.out().list(note, "links")::contains).toList();
        return linked.size() == 1 ? linked.getFirst() : null;
    }

    /**
     * A link to a heading of a note ({@code [[Note#Heading]]}, {@code [x](Note.md#Heading)}) whose
     * heading the note has leads to the anchor GitHub gives that heading in the exported file: lower
     * case, only letters, marks, numbers, {@code -}, {@code _} and spaces kept, spaces as {@code -}.
     */
    @ParameterizedTest
    @EnumSource(TestVault.class)
    void headingFragmentsNameAHeadingOfTheExportedNote(TestVault kind) throws Exception {
        headingFragmentsNameAHeadingOfTheExportedNote(run(kind));
    }

    static void headingFragmentsNameAHeadingOfTheExportedNote(Run run) throws Exception {
        TestVault kind = run.kind();
        SoftAssertions soft = new SoftAssertions();
        int checked = 0;
        for (String note : run.out().json.keySet()) {
            List<SourceLink> before = linksToFiles(source(run, note).body()).stream()
                    .filter(l -> l.fragment().isEmpty() || !(run.vault().resolve(l, note) instanceof Resolution.Found f && f.path().equals(note)))
                    .toList();
            List<SourceLink> after = linksToFiles(output(run, note).body());
            if (before.size() != after.size()) {
                continue; // the test above reports it
            }
            for (int i = 0; i < before.size(); i++) {
                SourceLink source = before.get(i);
                String heading = source.fragment().substring(source.fragment().lastIndexOf('#') + 1).strip();
                if (heading.isEmpty() || heading.startsWith("^") || !after.get(i).markdown()
                        || !(run.vault().resolve(source, note) instanceof Resolution.Found found) || !VaultOracle.isNote(found.path())
                        || !run.out().json.containsKey(found.path())
                        || !headings(source(run, found.path()).body()).stream().map(VaultExportTest::slug).toList().contains(slug(heading))) {
                    continue;
                }
                checked++;
                String exported = after.get(i).fragment();
                List<String> anchors = headings(output(run, found.path()).body()).stream().map(VaultExportTest::slug).toList();
                soft.assertThat(anchors).as("%s: %s became %s; the anchors of %s", note, source.raw(), after.get(i).raw(), found.path())
                        .contains(exported);
            }
        }
        if (kind != TestVault.SAMPLE) {
            assertThat(checked).as("heading links in %s", kind).isGreaterThan(3);
        }
        soft.assertAll();
    }

    static List<String> headings(String body) {
        List<String> headings = new ArrayList<>();
        VaultOracle.read(body).document().accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                StringBuilder text = new StringBuilder();
                heading.accept(new AbstractVisitor() {
                    @Override
                    public void visit(Text node) {
                        text.append(node.getLiteral());
                    }

                    @Override
                    public void visit(Code node) {
                        text.append(node.getLiteral());
                    }
                });
                headings.add(text.toString().strip());
            }
        });
        return headings;
    }

    static String slug(String heading) {
        StringBuilder slug = new StringBuilder();
        heading.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (c == ' ') {
                slug.append('-');
            } else if (c == '-' || c == '_' || Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.LETTER_NUMBER
                    || type == Character.OTHER_NUMBER) {
                slug.appendCodePoint(c);
            }
        });
        return slug.toString();
    }

    // ------------------------------------------------------------------ nothing else changes

    @ParameterizedTest
    @EnumSource(TestVault.class)
    void codeAndHtmlAreByteIdentical(TestVault kind) throws Exception {
        codeAndHtmlAreByteIdentical(run(kind));
    }

    static void codeAndHtmlAreByteIdentical(Run run) throws Exception {
        TestVault kind = run.kind();
        SoftAssertions soft = new SoftAssertions();
        int blocks = 0;
        for (String note : run.out().json.keySet()) {
            String before = source(run, note).body();
            String after = output(run, note).body();
            List<String> code = codeAndHtml(before);
            blocks += code.size();
            soft.assertThat(codeAndHtml(after)).as("code and HTML of %s", note).containsExactlyElementsOf(code);
        }
        assertThat(blocks).as("code and HTML in %s", kind).isPositive();
        soft.assertAll();
    }

    /** Every code block, code span and piece of HTML of a body, as written, in order. */
    static List<String> codeAndHtml(String body) {
        List<String> found = new ArrayList<>();
        VaultOracle.read(body).document().accept(new AbstractVisitor() {
            @Override
            public void visit(Code node) {
                found.add("code span: " + VaultOracle.raw(body, node));
            }

            @Override
            public void visit(FencedCodeBlock node) {
                found.add("fenced: " + VaultOracle.raw(body, node));
            }

            @Override
            public void visit(IndentedCodeBlock node) {
                found.add("indented: " + VaultOracle.raw(body, node));
            }

            @Override
            public void visit(HtmlBlock node) {
                found.add("html: " + VaultOracle.raw(body, node));
            }

            @Override
            public void visit(HtmlInline node) {
                found.add("inline html: " + VaultOracle.raw(body, node));
            }
        });
        return found;
    }

    /**
     * The front matter is the note's own, byte for byte, and every piece of the body between two links
     * (and link reference definitions) is found in the exported body, in order, the first at its start
     * and the last at its end.
     */
    @ParameterizedTest
    @EnumSource(TestVault.class)
    void frontMatterAndTextBetweenLinksAreUnchanged(TestVault kind) throws Exception {
        frontMatterAndTextBetweenLinksAreUnchanged(run(kind));
    }

    static void frontMatterAndTextBetweenLinksAreUnchanged(Run run) throws Exception {
        TestVault kind = run.kind();
        SoftAssertions soft = new SoftAssertions();
        for (String note : run.out().json.keySet()) {
            VaultOracle.Split source = source(run, note);
            VaultOracle.Split output = output(run, note);
            soft.assertThat(output.block()).as("front matter of %s", note).isEqualTo(source.block());
            String before = source.body();
            String after = output.body();
            Reading reading = VaultOracle.read(before);
            BitSet cut = new BitSet();
            reading.links().forEach(l -> cut.set(l.start(), l.end()));
            reading.linkSpans().forEach(s -> cut.set(s[0], s[1]));
            int at = 0;
            for (int from = cut.nextClearBit(0); from < before.length(); from = cut.nextClearBit(from)) {
                int to = cut.nextSetBit(from);
                to = to < 0 ? before.length() : to;
                String piece = before.substring(from, to);
                int found = from == 0 ? (after.startsWith(piece) ? 0 : -1)
                        : to == before.length() ? (after.endsWith(piece) && after.length() - piece.length() >= at ? after.length() - piece.length() : -1)
                        : after.indexOf(piece, at);
                if (found < 0) {
                    soft.fail("%s: the text %s (at %d of the vault's body) is not where it was in the exported body:%n%s", note,
                            show(piece), from, after);
                    break;
                }
                at = found + piece.length();
                from = to;
            }
        }
        soft.assertAll();
    }

    private static String show(String text) {
        return "\"" + (text.length() > 120 ? text.substring(0, 120) + "…" : text).replace("\n", "\\n").replace("\r", "\\r") + "\"";
    }

    @ParameterizedTest
    @EnumSource(TestVault.class)
    void jsonBodyIsTheSourceBody(TestVault kind) throws Exception {
        jsonBodyIsTheSourceBody(run(kind));
    }

    static void jsonBodyIsTheSourceBody(Run run) throws Exception {
        TestVault kind = run.kind();
        SoftAssertions soft = new SoftAssertions();
        for (String note : run.out().json.keySet()) {
            soft.assertThat(run.out().json.get(note).get("body").asText()).as("body of %s", note).isEqualTo(source(run, note).body());
        }
        soft.assertAll();
    }

    // ------------------------------------------------------------------ attachments

    /**
     * Every file that a note links to or embeds (by this test's resolution, and by the note's JSON) is
     * in {@code md/} under its vault path, byte for byte; nothing else is there but the notes.
     */
    @ParameterizedTest
    @EnumSource(TestVault.class)
    void linkedAndEmbeddedFilesAreCopiedByteForByte(TestVault kind) throws Exception {
        linkedAndEmbeddedFilesAreCopiedByteForByte(run(kind));
    }

    static void linkedAndEmbeddedFilesAreCopiedByteForByte(Run run) throws Exception {
        TestVault kind = run.kind();
        Set<String> referenced = new TreeSet<>();
        for (String note : run.out().json.keySet()) {
            for (SourceLink link : VaultOracle.read(source(run, note).body()).links()) {
                if (run.vault().resolve(link, note) instanceof Resolution.Found found && !VaultOracle.isNote(found.path())) {
                    referenced.add(found.path());
                }
            }
            run.out().list(note, "links").stream().filter(p -> !VaultOracle.isNote(p)).forEach(referenced::add);
            referenced.addAll(run.out().list(note, "attachments"));
        }
        assertThat(referenced).as("attachments of %s", kind).hasSizeGreaterThan(1);
        Path md = run.out().out.resolve("md");
        SoftAssertions soft = new SoftAssertions();
        for (String path : referenced) {
            Path copy = md.resolve(path);
            soft.assertThat(Files.isRegularFile(copy)).as("%s copied to md/", path).isTrue();
            if (Files.isRegularFile(copy)) {
                soft.assertThat(Files.readAllBytes(copy)).as("copy of %s", path).isEqualTo(run.vault().bytes(path));
            }
        }
        Set<String> notes = run.out().json.keySet().stream().map(n -> run.out().names.get(n) + ".md").collect(Collectors.toSet());
        List<String> others = Outputs.files(md).stream().filter(f -> !notes.contains(f)).toList();
        soft.assertThat(others).as("what md/ holds besides the notes (--attachments referenced)").containsExactlyInAnyOrderElementsOf(referenced);
        soft.assertAll();
    }

    // ------------------------------------------------------------------ the link graph in JSON and CSV

    /**
     * {@code links}, {@code attachments} and {@code unresolvedLinks} of each note's JSON are what this
     * test's own resolution gives: every file it finds is listed and every missing target too, and
     * nothing else is (a same-named file of an ambiguous link counts as found).
     */
    @ParameterizedTest
    @EnumSource(TestVault.class)
    void jsonLinksAgreeWithAnIndependentResolution(TestVault kind) throws Exception {
        jsonLinksAgreeWithAnIndependentResolution(run(kind));
    }

    static void jsonLinksAgreeWithAnIndependentResolution(Run run) throws Exception {
        TestVault kind = run.kind();
        SoftAssertions soft = new SoftAssertions();
        for (String note : run.out().json.keySet()) {
            Set<String> links = run.out().list(note, "links");
            Set<String> attachments = run.out().list(note, "attachments");
            Set<String> unresolved = run.out().list(note, "unresolvedLinks");
            Set<String> mayLink = new TreeSet<>();
            Set<String> mayEmbed = new TreeSet<>();
            Set<String> missing = new TreeSet<>();
            Set<String> unknown = new TreeSet<>();
            for (SourceLink link : VaultOracle.read(source(run, note).body()).links()) {
                switch (run.vault().resolve(link, note)) {
                    case Resolution.Found found -> {
                        if (!found.path().equals(note)) {
                            soft.assertThat(links).as("%s: %s names %s", note, link.raw(), found.path()).contains(found.path());
                            mayLink.add(found.path());
                            if (link.embed() && !VaultOracle.isNote(found.path())) {
                                soft.assertThat(attachments).as("%s: %s embeds %s", note, link.raw(), found.path()).contains(found.path());
                                mayEmbed.add(found.path());
                            }
                        }
                    }
                    case Resolution.Ambiguous ambiguous -> {
                        soft.assertThat(links).as("%s: %s names one of %s", note, link.raw(), ambiguous.candidates())
                                .containsAnyElementsOf(ambiguous.candidates());
                        mayLink.addAll(ambiguous.candidates());
                        mayEmbed.addAll(link.embed() ? ambiguous.candidates() : List.of());
                    }
                    case Resolution.Unknown unknownLink -> {
                        mayLink.addAll(unknownLink.candidates());
                        mayEmbed.addAll(link.embed() ? unknownLink.candidates() : List.of());
                        unknown.add(link.target());
                    }
                    case Resolution.Missing gone -> {
                        soft.assertThat(unresolved).as("%s: %s names nothing", note, link.raw()).contains(link.target());
                        missing.add(link.target());
                    }
                }
            }
            soft.assertThat(mayLink).as("%s: what the note links to", note).containsAll(links);
            soft.assertThat(mayEmbed).as("%s: the files the note embeds", note).containsAll(attachments);
            soft.assertThat(links).as("%s: attachments are links too", note).containsAll(attachments);
            soft.assertThat(attachments).as("%s: attachments are files, not notes", note).noneMatch(VaultOracle::isNote);
            unknown.addAll(missing);
            soft.assertThat(unknown).as("%s: its unresolved links", note).containsAll(unresolved);
        }
        soft.assertAll();
    }

    /** A reference-style image embeds its file as an inline one does ({@code ![Cover][cover]} with {@code [cover]: cover.jpg}). */
    @Test
    void aReferenceStyleImageIsAnAttachment() throws Exception {
        Run run = run(TestVault.OBSIDIAN);
        String note = "Resources/Books/Thinking, Fast and Slow.md";
        assertThat(VaultOracle.read(source(run, note).body()).links()).anyMatch(l -> l.embed() && l.reference());
        assertThat(run.out().list(note, "attachments")).containsExactly("Attachments/photo café.jpg");
    }

    @ParameterizedTest
    @EnumSource(TestVault.class)
    void backlinksMirrorLinks(TestVault kind) throws Exception {
        backlinksMirrorLinks(run(kind));
    }

    static void backlinksMirrorLinks(Run run) throws Exception {
        TestVault kind = run.kind();
        ExportedVault out = run.out();
        SoftAssertions soft = new SoftAssertions();
        int backlinks = 0;
        for (String x : out.json.keySet()) {
            for (String field : List.of("links", "backlinks", "attachments", "unresolvedLinks")) {
                List<String> written = out.listAsWritten(x, field);
                soft.assertThat(written).as("%s of %s: sorted and unique", field, x).isEqualTo(new TreeSet<>(written).stream().toList());
            }
            for (String y : out.list(x, "backlinks")) {
                backlinks++;
                soft.assertThat(out.json).as("%s lists a backlink from %s, an exported note", x, y).containsKey(y);
                if (out.json.containsKey(y)) {
                    soft.assertThat(out.list(y, "links")).as("links of %s, which %s lists as a backlink", y, x).contains(x);
                }
            }
            for (String y : out.list(x, "links")) {
                if (out.json.containsKey(y) && !y.equals(x)) {
                    soft.assertThat(out.list(y, "backlinks")).as("backlinks of %s, to which %s links", y, x).contains(x);
                }
            }
        }
        assertThat(backlinks).as("backlinks in %s", kind).isGreaterThan(10);
        soft.assertAll();
    }

    /**
     * Each note's CSV parses with commons-csv into a header and one row, whose path and lists (joined
     * with {@code ;}, {@code \} escaping) are those of the note's JSON.
     */
    @ParameterizedTest
    @EnumSource(TestVault.class)
    void csvCarriesTheSameGraphAsJson(TestVault kind) throws Exception {
        csvCarriesTheSameGraphAsJson(run(kind));
    }

    static void csvCarriesTheSameGraphAsJson(Run run) throws Exception {
        TestVault kind = run.kind();
        SoftAssertions soft = new SoftAssertions();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        for (String note : run.out().json.keySet()) {
            try (CSVParser parser = CSVParser.parse(run.out().csv(note), java.nio.charset.StandardCharsets.UTF_8, format)) {
                List<CSVRecord> rows = parser.getRecords();
                soft.assertThat(rows).as("rows of %s", run.out().csv(note)).hasSize(1);
                soft.assertThat(parser.getHeaderNames()).as("CSV header").containsSubsequence("body", "links", "backlinks", "attachments", "unresolvedLinks");
                if (rows.size() != 1) {
                    continue;
                }
                CSVRecord row = rows.getFirst();
                soft.assertThat(unguard(row.get("path"))).as("path in %s", note).isEqualTo(note);
                for (String field : List.of("links", "backlinks", "attachments", "unresolvedLinks")) {
                    soft.assertThat(splitList(unguard(row.get(field)))).as("%s of %s in CSV", field, note)
                            .isEqualTo(run.out().listAsWritten(note, field));
                }
            }
        }
        soft.assertAll();
    }

    /** A cell as written before the formula guard (a leading {@code '} before = + - @ TAB CR). */
    private static String unguard(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0 ? cell.substring(1) : cell;
    }

    /** A list cell: items joined with {@code ;}, a {@code ;} or {@code \} in an item escaped with {@code \}. */
    static List<String> splitList(String cell) {
        List<String> items = new ArrayList<>();
        if (cell.isEmpty()) {
            return items;
        }
        StringBuilder item = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                item.append(cell.charAt(++i));
            } else if (c == ';') {
                items.add(item.toString());
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        items.add(item.toString());
        return items;
    }

    // ------------------------------------------------------------------ unresolved links

    @ParameterizedTest
    @EnumSource(TestVault.class)
    void unresolvedLinksAreCountedListedAndHarmless(TestVault kind) throws Exception {
        unresolvedLinksAreCountedListedAndHarmless(run(kind));
    }

    static void unresolvedLinksAreCountedListedAndHarmless(Run run) throws Exception {
        TestVault kind = run.kind();
        assertThat(run.exit()).as("%s", run).isZero();
        JsonNode report = ExportedVault.JSON.readTree(run.stdout());
        int pairs = 0;
        int occurrences = 0;
        SoftAssertions soft = new SoftAssertions();
        for (String note : run.out().json.keySet()) {
            Set<String> unresolved = run.out().list(note, "unresolvedLinks");
            pairs += unresolved.size();
            occurrences += (int) VaultOracle.read(source(run, note).body()).links().stream()
                    .filter(l -> run.vault().resolve(l, note) instanceof Resolution.Missing).count();
            for (String target : unresolved) {
                soft.assertThat(run.stderr().lines()).as("--verbose names %s in %s", target, note)
                        .anyMatch(line -> line.startsWith(note + ":") && line.contains("\"" + target + "\""));
            }
        }
        assertThat(pairs).as("unresolved links in %s", kind).isPositive();
        soft.assertThat(report.get("unresolvedLinks").asInt()).as("unresolvedLinks in the report").isBetween(pairs, Math.max(pairs, occurrences));
        soft.assertThat(report.get("failed").asInt()).isZero();
        soft.assertThat(report.get("problems")).as("problems").isEmpty();
        soft.assertAll();
    }

    // ------------------------------------------------------------------ typed properties

    /**
     * The JSON of each note carries its properties with the types snakeyaml-engine's core schema
     * {@code Load} gives them, under this rule for numbers: an integer stays a number only when written
     * canonically ({@code 0} or {@code -?[1-9][0-9]*}); a float only when written
     * {@code -?(0|[1-9][0-9]*)\.[0-9]*[1-9]} (no exponent, no trailing zero, no {@code .inf}/{@code .nan});
     * any other number ({@code 01234}, {@code +1}, {@code 0o17}, {@code 0x1F}, {@code 1.10},
     * {@code 1.0}, {@code 1e3}) is its scalar's text, exactly as written. Strings, booleans, nulls,
     * lists and maps are what {@code Load} gives. Compared: {@code created}, {@code updated} and every
     * property but {@code title}, {@code tags} and {@code id} (in {@code fields}).
     */
    @ParameterizedTest
    @EnumSource(TestVault.class)
    void propertyTypesFollowTheYaml12CoreSchema(TestVault kind) throws Exception {
        propertyTypesFollowTheYaml12CoreSchema(run(kind));
    }

    static void propertyTypesFollowTheYaml12CoreSchema(Run run) throws Exception {
        TestVault kind = run.kind();
        SoftAssertions soft = new SoftAssertions();
        int compared = 0;
        for (String note : run.out().json.keySet()) {
            String yaml = source(run, note).yaml();
            if (yaml == null || yaml.isBlank()) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> expected = (Map<String, Object>) Yaml12.typed(yaml);
            JsonNode json = run.out().json.get(note);
            Map<String, Object> fields = new LinkedHashMap<>(expected);
            for (String top : List.of("title", "tags", "id", "created", "updated")) {
                fields.remove(top);
            }
            soft.assertThat(Yaml12.canonical(ExportedVault.JSON.convertValue(json.get("fields"), Object.class)))
                    .as("fields of %s", note).isEqualTo(Yaml12.canonical(fields));
            for (String time : List.of("created", "updated")) {
                if (expected.containsKey(time)) {
                    soft.assertThat(Yaml12.canonical(ExportedVault.JSON.convertValue(json.get(time), Object.class)))
                            .as("%s of %s", time, note).isEqualTo(Yaml12.canonical(expected.get(time)));
                }
            }
            compared++;
        }
        assertThat(compared).as("notes with properties in %s", kind).isGreaterThan(5);
        soft.assertAll();
    }

    /** One note's JSON fields, exported from a vault of that note alone. */
    private static JsonNode fieldsOf(String name, String frontMatter) throws IOException {
        Path vault = Files.createDirectories(temp.resolve("edge-" + name));
        Files.writeString(vault.resolve(name + ".md"), "---\n" + frontMatter + "---\n# " + name + "\n");
        Cli cli = Cli.create();
        assertThat(cli.run("export", "--notes", vault.toString(), "--out", temp.resolve("edge-" + name + "-out").toString(), "--format", "json"))
                .as("%s", cli).isZero();
        return ExportedVault.read(temp.resolve("edge-" + name + "-out")).json.get(name + ".md").get("fields");
    }

    @Test
    @Disabled("doubtful: canonical decimals below 0.0001 or with more digits than a double keeps (0.00001, 12345678901234567890.5) stay text;"
            + " the issue says canonical decimals are numbers")
    void everyCanonicalDecimalIsANumber() throws Exception {
        JsonNode fields = fieldsOf("decimals", "tiny: 0.00001\nbig: 12345678901234567890.5\n");
        assertThat(fields.get("tiny").isNumber()).as("tiny: %s", fields).isTrue();
        assertThat(fields.get("big").isNumber()).as("big: %s", fields).isTrue();
    }

    @Test
    @Disabled("doubtful: a front matter with a YAML anchor and alias (base: &b {x: 1} / copy: *b) fails the note, exit 1;"
            + " YAML 1.2 readers (and Obsidian's) read it")
    void yamlAliasesAreRead() throws Exception {
        JsonNode fields = fieldsOf("aliases", "base: &b {x: 1}\ncopy: *b\n");
        assertThat(fields.get("copy").get("x").asInt()).isEqualTo(1);
    }

    /** Reading front matter with snakeyaml-engine, and the rule of {@link #propertyTypesFollowTheYaml12CoreSchema}. */
    static final class Yaml12 {
        static final LoadSettings SETTINGS = LoadSettings.builder().setSchema(new org.snakeyaml.engine.v2.schema.CoreSchema()).build();
        private static final Pattern INTEGER = Pattern.compile("0|-?[1-9][0-9]*");
        private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)\\.[0-9]*[1-9]");

        private Yaml12() {}

        /** The front matter's value as the rule types it. */
        static Object typed(String yaml) {
            Object loaded = new Load(SETTINGS).loadFromString(yaml);
            org.snakeyaml.engine.v2.nodes.Node node = new Compose(SETTINGS).composeString(yaml).orElseThrow();
            return typed(loaded, node);
        }

        private static Object typed(Object loaded, org.snakeyaml.engine.v2.nodes.Node node) {
            return switch (node) {
                case ScalarNode scalar when loaded instanceof Integer || loaded instanceof Long || loaded instanceof BigInteger ->
                        scalar.getScalarStyle() == ScalarStyle.PLAIN && INTEGER.matcher(scalar.getValue()).matches()
                                ? new BigDecimal(scalar.getValue()) : scalar.getValue();
                case ScalarNode scalar when loaded instanceof Double ->
                        DECIMAL.matcher(scalar.getValue()).matches() ? new BigDecimal(scalar.getValue()) : scalar.getValue();
                case ScalarNode scalar -> loaded;
                case SequenceNode sequence -> {
                    List<Object> list = new ArrayList<>();
                    List<?> values = (List<?>) loaded;
                    for (int i = 0; i < values.size(); i++) {
                        list.add(typed(values.get(i), sequence.getValue().get(i)));
                    }
                    yield list;
                }
                case MappingNode mapping -> {
                    Map<String, Object> map = new LinkedHashMap<>();
                    Map<?, ?> values = (Map<?, ?>) loaded;
                    for (NodeTuple tuple : mapping.getValue()) {
                        Object key = new Load(SETTINGS).loadFromString(keyText(tuple));
                        map.put(String.valueOf(key == null ? ((ScalarNode) tuple.getKeyNode()).getValue() : key),
                                typed(values.get(key), tuple.getValueNode()));
                    }
                    yield map;
                }
                default -> loaded;
            };
        }

        private static String keyText(NodeTuple tuple) {
            ScalarNode key = (ScalarNode) tuple.getKeyNode();
            return key.getScalarStyle() == ScalarStyle.PLAIN ? key.getValue() : "\"" + key.getValue().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }

        /** A value with numbers as their plain decimal text behind "number:", so that 4.50 and 4.5 compare equal. */
        static Object canonical(Object value) {
            return switch (value) {
                case null -> null;
                case BigDecimal number -> "number:" + number.stripTrailingZeros().toPlainString();
                case BigInteger number -> "number:" + number;
                case Number number -> "number:" + new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
                case List<?> list -> list.stream().map(Yaml12::canonical).toList();
                case Map<?, ?> map -> {
                    Map<String, Object> copy = new java.util.TreeMap<>();
                    map.forEach((k, v) -> copy.put(String.valueOf(k), canonical(v)));
                    yield copy;
                }
                default -> value;
            };
        }

        /** The text of every scalar of a front matter, the way a normalised front matter writes it: null stays null. */
        static Object texts(org.snakeyaml.engine.v2.nodes.Node node) {
            return switch (node) {
                case ScalarNode scalar -> scalar.getTag().equals(Tag.NULL) ? null : scalar.getValue();
                case SequenceNode sequence -> sequence.getValue().stream().map(Yaml12::texts).toList();
                case MappingNode mapping -> {
                    Map<String, Object> map = new LinkedHashMap<>();
                    for (NodeTuple tuple : mapping.getValue()) {
                        map.put(((ScalarNode) tuple.getKeyNode()).getValue(), texts(tuple.getValueNode()));
                    }
                    yield map;
                }
                default -> throw new AssertionError(node);
            };
        }

        static org.snakeyaml.engine.v2.nodes.Node compose(String yaml) {
            return new Compose(SETTINGS).composeString(yaml).orElseThrow();
        }
    }

    // ------------------------------------------------------------------ --links keep --frontmatter normalize

    /**
     * With {@code --links keep --frontmatter normalize} the Markdown is what the tool wrote before
     * links and typed properties (commit 2bee27d): the body byte for byte as in the vault, the front
     * matter normalised (every scalar as double-quoted text, nulls as {@code null}, {@code title}
     * added from the first heading, tags as a list). For the hand-made vaults, every note must equal
     * what commit 2bee27d's exporter wrote for it (src/test/resources/vaults/expected-2bee27d), except
     * the properties showcase, which the tests below check on its own.
     */
    @ParameterizedTest
    @EnumSource(TestVault.class)
    void keepAndNormalizeGiveTheEarlierMarkdown(TestVault kind) throws Exception {
        Run run = keepNormalize(kind);
        SoftAssertions soft = new SoftAssertions();
        for (String note : run.vault().notes()) {
            Path md = run.out().md(note);
            soft.assertThat(md).as("Markdown of %s", note).isRegularFile();
            if (!Files.isRegularFile(md)) {
                continue;
            }
            String text = Files.readString(md);
            VaultOracle.Split source = source(run, note);
            VaultOracle.Split output = VaultOracle.split(text);
            soft.assertThat(output.body()).as("body of %s", note).isEqualTo(source.body());
            if (!note.equals(SHOWCASE)) {
                normalised(soft, note, source, output);
            }
            if (kind != TestVault.SAMPLE && !note.equals(SHOWCASE)) {
                Path earlier = TestVault.resource("expected-2bee27d").resolve(kind.name().toLowerCase(Locale.ROOT)).resolve(note);
                if (Files.isRegularFile(earlier)) {
                    soft.assertThat(text).as("%s as commit 2bee27d wrote it", note).isEqualTo(Files.readString(earlier));
                } else {
                    soft.assertThat(note).as("a note with no earlier output").isEqualTo(TestVault.NFD_NOTE);
                }
            }
        }
        soft.assertAll();
    }

    private static final String SHOWCASE = "Properties showcase.md";

    /** {@code --links keep} with the default {@code --frontmatter keep}: each note's Markdown is the note as written. */
    @ParameterizedTest
    @EnumSource(TestVault.class)
    void linksKeepGivesEachNoteAsWritten(TestVault kind) throws Exception {
        Run run = export(kind, "links-keep", "--links", "keep", "--format", "md");
        SoftAssertions soft = new SoftAssertions();
        for (String note : run.vault().notes()) {
            soft.assertThat(Files.readString(run.out().md(note))).as("%s exported with --links keep", note).isEqualTo(run.vault().text(note));
        }
        soft.assertAll();
    }

    /** The normalised front matter: double-quoted text or null for every scalar, the text of the vault's. */
    private static void normalised(SoftAssertions soft, String note, VaultOracle.Split source, VaultOracle.Split output) {
        if (output.yaml() == null) {
            soft.fail("%s has no front matter (normalize writes at least the title)", note);
            return;
        }
        org.snakeyaml.engine.v2.nodes.Node written = Yaml12.compose(output.yaml());
        List<String> unquoted = new ArrayList<>();
        collectUnquoted(written, unquoted);
        soft.assertThat(unquoted).as("scalars of %s that are not double-quoted text", note).isEmpty();
        @SuppressWarnings("unchecked")
        Map<String, Object> got = new LinkedHashMap<>((Map<String, Object>) Yaml12.texts(written));
        Map<String, Object> expected = new LinkedHashMap<>();
        if (source.yaml() != null && !source.yaml().isBlank()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> texts = (Map<String, Object>) Yaml12.texts(Yaml12.compose(source.yaml()));
            expected.putAll(texts);
        }
        if (expected.get("tags") instanceof String tags) {
            expected.put("tags", Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList());
        }
        if (!expected.containsKey("title") || expected.get("title") == null) {
            expected.remove("title");
            soft.assertThat(got.remove("title")).as("title of %s", note).isNotNull();
        }
        if (!expected.containsKey("tags")) {
            Object tags = got.remove("tags");
            soft.assertThat(tags == null || tags.equals(List.of())).as("tags of %s: %s", note, tags).isTrue();
        }
        soft.assertThat(got).as("normalised front matter of %s", note).isEqualTo(expected);
    }

    private static void collectUnquoted(org.snakeyaml.engine.v2.nodes.Node node, List<String> unquoted) {
        switch (node) {
            case ScalarNode scalar -> {
                if (scalar.getScalarStyle() != ScalarStyle.DOUBLE_QUOTED && !scalar.getValue().equals("null")) {
                    unquoted.add(scalar.getValue());
                }
            }
            case SequenceNode sequence -> sequence.getValue().forEach(n -> collectUnquoted(n, unquoted));
            case MappingNode mapping -> mapping.getValue().forEach(t -> collectUnquoted(t.getValueNode(), unquoted));
            default -> throw new AssertionError(node);
        }
    }

    /** The properties showcase normalised: every scalar keeps its text (the other scalars as the test above checks). */
    @Test

    void normalizeKeepsTheTextOfEveryScalar() throws Exception {
        Run run = keepNormalize(TestVault.OBSIDIAN);
        SoftAssertions soft = new SoftAssertions();
        normalised(soft, SHOWCASE, source(run, SHOWCASE), output(run, SHOWCASE));
        soft.assertAll();
    }

    /** The same note against the earlier tool: only {@code empty:} may differ (null now, "" then: YAML 1.2 says null). */
    @Test

    void normalizeGivesTheEarlierShowcase() throws Exception {
        Run run = keepNormalize(TestVault.OBSIDIAN);
        String earlier = Files.readString(TestVault.resource("expected-2bee27d").resolve("obsidian").resolve(SHOWCASE));
        assertThat(run.out().mdText(SHOWCASE)).isEqualTo(earlier.replace("empty: \"\"\n", "empty: null\n"));
    }
}
