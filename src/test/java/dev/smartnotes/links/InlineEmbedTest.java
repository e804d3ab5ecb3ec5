package dev.smartnotes.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class InlineEmbedTest {
    private static final String B = """
            Intro of B with [[Plan]].

            # One
            one text
            ## Sub
            sub text ^sub-block
            # Two
            two text [x](../My%20Note.md) and ![[diagram.png]]

            - item
            - other

            ^list-block
            """;

    private final Map<String, String> bodies = new HashMap<>(Map.of("Folder/Sub/Deep.md", B, "Home.md", "home [[Deep]]"));

    private LinkRewriter.Result inline(String notePath, String body, LinkStyle style) {
        EmbedSource source = path -> Optional.ofNullable(bodies.get(path));
        VaultIndex index = VaultIndex.of(concat(Vaults.PATHS, bodies.keySet()));
        return new LinkRewriter(index, style, EmbedStyle.INLINE, Function.identity(), source).rewrite(notePath, notePath, body);
    }

    private String inline(String notePath, String body) {
        return inline(notePath, body, LinkStyle.MARKDOWN).body();
    }

    private static List<String> concat(List<String> a, java.util.Collection<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList();
    }

    @Test
    void putsTheNoteInPlaceWithItsLinksPointingFromTheEmbeddingFile() {
        String out = inline("Projects/Ideas.md", "before\n\n![[Deep#Two]]\n\nafter [[Home]]");
        assertThat(out).isEqualTo("""
                before

                # Two
                two text [x](../Folder/My%20Note.md) and ![](../img/diagram.png)

                - item
                - other

                ^list-block

                after [Home](../Home.md)""");
    }

    @Test
    void aHeadingSectionEndsAtTheNextHeadingOfItsLevel() {
        assertThat(inline("Home.md", "![[Deep#One]]")).isEqualTo("# One\none text\n## Sub\nsub text ^sub-block");
        assertThat(inline("Home.md", "![[Deep#one#SUB]]")).isEqualTo("## Sub\nsub text ^sub-block");
        assertThat(inline("Home.md", "![[Deep#^sub-block]]")).isEqualTo("sub text");
        assertThat(inline("Home.md", "![[Deep#^list-block]]")).isEqualTo("- item\n- other");
    }

    @Test
    void theWholeNoteResolvesItsLinksFromItsOwnFolder() {
        String out = inline("Home.md", "![[Deep]]");
        assertThat(out).startsWith("Intro of B with [Plan](Archive/Plan.md).")
                .contains("two text [x](Folder/My%20Note.md) and ![](img/diagram.png)");
    }

    @Test
    void keepsContainerPrefixes() {
        bodies.put("Folder/Sub/Deep.md", "line one\n\nline two [[Home]]");
        assertThat(inline("Home.md", "> ![[Deep]]\n")).isEqualTo("> line one\n> \n> line two [Home](Home.md)\n");
        assertThat(inline("Home.md", "- a\n- ![[Deep]]")).isEqualTo("- a\n- line one\n  \n  line two [Home](Home.md)");
        assertThat(inline("Home.md", "See ![[Deep]] now")).isEqualTo("See \n\nline one\n\nline two [Home](Home.md)\n\n now");
    }

    @Test
    void anEmbedInATableCellStaysALinkSoThatTheTableHolds() {
        String table = "| a | b |\n|---|---|\n| ![[Deep]] | x |\n> | ![[Deep#One]] |\n";
        assertThat(inline("Home.md", table)).isEqualTo(
                "| a | b |\n|---|---|\n| [Deep](Folder/Sub/Deep.md) | x |\n> | [Deep > One](Folder/Sub/Deep.md#one) |\n");
    }

    @Test
    void anEmbedCycleStopsWithAVisibleMarker() {
        bodies.put("Folder/Sub/Deep.md", "deep ![[Home]]");
        LinkRewriter.Result result = inline("Home.md", "home ![[Deep]]", LinkStyle.MARKDOWN);
        assertThat(result.body()).isEqualTo("home \n\ndeep [Home](Home.md) *(not embedded: embed cycle)*\n\n");
        assertThat(result.summary().issues()).extracting(LinkIssue::message)
                .containsExactly("embed \"Home\" not inlined: embed cycle Home.md → Folder/Sub/Deep.md → Home.md");
    }

    @Test
    void aNoteEmbeddingItselfStops() {
        LinkRewriter.Result result = inline("Home.md", "![[Home]] and ![[#Top]]", LinkStyle.MARKDOWN);
        assertThat(result.body()).isEqualTo("[Home](Home.md) *(not embedded: embed cycle)* and [Top](#top) *(not embedded: embed cycle)*");
        assertThat(result.summary().issues()).hasSize(2);
    }

    @Test
    void deepEmbedsStopAtTheLimit() {
        for (int i = 0; i < 8; i++) {
            bodies.put("chain/N" + i + ".md", "n" + i + " ![[N" + (i + 1) + "]]");
        }
        bodies.put("chain/N8.md", "end");
        LinkRewriter.Result result = inline("chain/N0.md", "![[N1]]", LinkStyle.MARKDOWN);
        assertThat(result.body()).startsWith("n1 \n\nn2 ").contains("n5 [N6](N6.md) *(not embedded: embeds nested too deep)*").doesNotContain("n6");
        assertThat(result.summary().issues()).extracting(LinkIssue::kind).containsExactly(LinkIssue.Kind.EMBED_TOO_DEEP);
    }

    @Test
    void embedsFanningOutStopAtABudget() {
        bodies.put("fan/A.md", "![[B]] ".repeat(20));
        bodies.put("fan/B.md", "![[C]] ".repeat(20));
        bodies.put("fan/C.md", "![[D]] ".repeat(20));
        bodies.put("fan/D.md", "d");
        LinkRewriter.Result result = inline("fan/Root.md", "![[A]]", LinkStyle.MARKDOWN);
        assertThat(result.body().split("\\bd\\b", -1)).hasSizeLessThanOrEqualTo(LinkRewriter.MAX_INLINE_EMBEDS + 1);
        assertThat(result.body()).contains("[D](D.md) *(not embedded: too many embeds)*");
        assertThat(result.summary().issues()).extracting(LinkIssue::kind).containsOnly(LinkIssue.Kind.EMBED_TOO_MANY);
    }

    @Test
    void anUnreadableNoteOrMissingSectionGivesAMarkerNotAFailure() {
        LinkRewriter rewriter = new LinkRewriter(VaultIndex.of(List.of("A.md", "B.md", "C.md")), LinkStyle.MARKDOWN, EmbedStyle.INLINE,
                Function.identity(), path -> switch (path) {
                    case "B.md" -> throw new UncheckedIOException(new java.io.IOException("disk"));
                    case "C.md" -> Optional.of("# Only\ntext");
                    default -> Optional.empty();
                });
        LinkRewriter.Result result = rewriter.rewrite("A.md", "A.md", "![[B]]\n\n![[C#Other]]\n\n![[C#Only]]");
        assertThat(result.body()).isEqualTo("[B](B.md) *(not embedded: could not be read)*\n\n"
                + "[C > Other](C.md#other) *(not embedded: no such section)*\n\n# Only\ntext");
        assertThat(result.summary().issues()).extracting(LinkIssue::message).containsExactly(
                "embed \"B\" not inlined: B.md could not be read", "embed \"C\" not inlined: no such heading or block in C.md");
    }

    @Test
    void attachmentsStayImagesOrLinks() {
        assertThat(inline("Home.md", "![[diagram.png]] ![[Report.pdf]]")).isEqualTo("![](img/diagram.png) [Report.pdf](docs/Report.pdf)");
    }

    @Test
    void keepInlinesNotesButLeavesTheirLinksAsWritten() {
        bodies.put("Folder/Sub/Deep.md", "deep [[Plan]] ![[img.png]]");
        LinkRewriter.Result result = inline("Home.md", "![[Deep]] [[Plan]]", LinkStyle.KEEP);
        assertThat(result.body()).isEqualTo("\n\ndeep [[Plan]] ![[img.png]]\n\n [[Plan]]");
        assertThat(result.summary().unresolved()).isEmpty();
        assertThat(result.summary().links()).containsExactly("Archive/Plan.md", "Folder/Sub/Deep.md");
    }

    @Test
    void sectionKeysIgnoreCaseAndPunctuation() {
        assertThat(Sections.key("Q: What  is [[it]]?")).isEqualTo("q what is it");
        assertThat(Sections.key("q what is it")).isEqualTo("q what is it");
    }
}
