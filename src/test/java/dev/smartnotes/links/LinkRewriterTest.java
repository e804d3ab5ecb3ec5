package dev.smartnotes.links;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smartnotes.links.ReadBack.Seen;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkRewriterTest {
    private static final EmbedSource NO_EMBEDS = path -> Optional.empty();

    private static LinkRewriter rewriter(LinkStyle style, Function<String, String> outputs) {
        return new LinkRewriter(Vaults.INDEX, style, EmbedStyle.LINK, outputs, NO_EMBEDS);
    }

    private static String markdown(String notePath, String body) {
        return rewriter(LinkStyle.MARKDOWN, Function.identity()).rewrite(notePath, notePath, body).body();
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '¦', textBlock = """
            Home.md                ¦ [[Plan]]                          ¦ [Plan](Archive/Plan.md)
            Projects/Notes/X.md    ¦ [[Home]]                          ¦ [Home](../../Home.md)
            Projects/Notes/X.md    ¦ [[Plan]]                          ¦ [Plan](Plan.md)
            Home.md                ¦ [[My Note#My Heading: Part 2!|the note]] ¦ [the note](Folder/My%20Note.md#my-heading-part-2)
            Home.md                ¦ [[Folder/My Note.md]]             ¦ [Folder/My Note.md](Folder/My%20Note.md)
            Home.md                ¦ [[#Some Heading]]                 ¦ [Some Heading](#some-heading)
            Home.md                ¦ [[Home#Top]]                      ¦ [Home > Top](#top)
            Home.md                ¦ [[Home]]                          ¦ [Home](Home.md)
            Home.md                ¦ [[Plan#^abc-1]]                   ¦ [Plan > ^abc-1](Archive/Plan.md#^abc-1)
            Home.md                ¦ [[Plan#Part#Sub Part]]            ¦ [Plan > Part > Sub Part](Archive/Plan.md#sub-part)
            Home.md                ¦ ![[diagram.png|300]]              ¦ ![](img/diagram.png)
            Projects/Ideas.md      ¦ ![[diagram.png|300x200]]          ¦ ![](img/diagram.png)
            Home.md                ¦ ![[photo one.jpg|A photo]]        ¦ ![A photo](img/photo%20one.JPG)
            Home.md                ¦ ![[Report.pdf]]                   ¦ [Report.pdf](docs/Report.pdf)
            Home.md                ¦ ![[memo.mp3]]                     ¦ [memo.mp3](audio/memo.mp3)
            Home.md                ¦ [[Board.canvas|board]]            ¦ [board](Boards/Board.canvas)
            Home.md                ¦ ![[Plan]]                         ¦ [Plan](Archive/Plan.md)
            Home.md                ¦ [[ノート]]                         ¦ [ノート](日本語/ノート.md)
            Home.md                ¦ [[Заметка#Глава Один]]             ¦ [Заметка > Глава Один](Русский/Заметка.md#глава-один)
            Home.md                ¦ [[Emoji 🚀]]                      ¦ [Emoji 🚀](Emoji%20🚀.md)
            Home.md                ¦ [[José Müller]]                   ¦ [José Müller](People/José%20Müller.md)
            Home.md                ¦ [[Odd (1) #2 & 'q']]              ¦ [[Odd (1) #2 & 'q']]
            Home.md                ¦ [o](<Odd (1) %232 & 'q'.md>)      ¦ [o](Odd%20%281%29%20%232%20%26%20%27q%27.md)
            Home.md                ¦ | a \\| [[Home\\|Start]] \\|       ¦ | a \\| [Start](Home.md) \\|
            Home.md                ¦ [t](Folder/My%20Note.md#Heading)  ¦ [t](Folder/My%20Note.md#heading)
            Projects/Ideas.md      ¦ [t](<../Folder/My Note.md> "ti")  ¦ [t](../Folder/My%20Note.md "ti")
            Projects/Ideas.md      ¦ ![a *b*](img/diagram.png)         ¦ ![a *b*](img/diagram.png)
            Daily/2024-01-01.md    ¦ ![a](diagram.png)                 ¦ ![a](../img/diagram.png)
            Daily/2024-01-01.md    ¦ [t](/Projects/Plan.md)            ¦ [t](../Projects/Plan.md)
            Projects/Ideas.md      ¦ [![b](img/diagram.png)](../Home.md) ¦ [![b](img/diagram.png)](../Home.md)
            Daily/2024-01-01.md    ¦ [![b *c*](/img/diagram.png)](<../Home.md#Top>) ¦ [![b *c*](../img/diagram.png)](../Home.md#top)
            Home.md                ¦ [t][r]\\n\\n[r]: Folder/My%20Note.md ¦ [t][r]\\n\\n[r]: Folder/My%20Note.md
            Projects/Ideas.md      ¦ [t][r]\\n\\n[r]: Plan.md 'x'      ¦ [t][r]\\n\\n[r]: Plan.md 'x'
            Archive/X.md           ¦ [t][r]\\n\\n[r]: <../Home.md>     ¦ [t][r]\\n\\n[r]: ../Home.md
            """)
    void rewritesResolvedLinksAsCommonMark(String note, String body, String expected) {
        assertThat(markdown(note, body.replace("\\n", "\n"))).isEqualTo(expected.replace("\\n", "\n"));
    }

    @Test
    void russianSlugsStayLettersButNonAsciiIsNotEncoded() {
        assertThat(LinkUrls.slug("Глава Один")).isEqualTo("глава-один");
    }

    @Test
    void pointsAtTheOutputPathsOfTheTargets() {
        Map<String, String> outputs = Map.of("Home.md", "home.md", "Folder/My Note.md", "folder/my-note.md", "Projects/img/diagram.png",
                "assets/img/diagram (1).png", "Projects/Ideas.md", "projects/ideas.md");
        String body = "[[My Note]] ![[diagram.png]] [x](../Home.md)";
        String out = rewriter(LinkStyle.MARKDOWN, outputs::get).rewrite("Projects/Ideas.md", "projects/ideas.md", body).body();
        assertThat(out).isEqualTo("[My Note](../folder/my-note.md) ![](../assets/img/diagram%20%281%29.png) [x](../home.md)");
        assertThat(ReadBack.links(out)).containsExactly(new Seen(false, "My Note", "../folder/my-note.md"),
                new Seen(true, "", "../assets/img/diagram (1).png"), new Seen(false, "x", "../home.md"));
    }

    @Test
    void aTargetThatIsNotExportedIsLeftAsWritten() {
        LinkRewriter.Result result = rewriter(LinkStyle.MARKDOWN, path -> path.equals("Home.md") ? "Home.md" : null)
                .rewrite("Home.md", "Home.md", "[[Plan]] and [[Plan]]");
        assertThat(result.body()).isEqualTo("[[Plan]] and [[Plan]]");
        assertThat(result.summary().links()).containsExactly("Archive/Plan.md");
        assertThat(result.summary().issues()).extracting(LinkIssue::kind).containsExactly(LinkIssue.Kind.AMBIGUOUS, LinkIssue.Kind.NOT_EXPORTED);
    }

    @Test
    void readsBackAsTheSameTextAndDestinations() {
        String alias = "a *c* &amp; f_g \\ h~$ 1. + |";
        String out = markdown("Projects/Notes/X.md", "x [[Home|" + alias.replace("|", "\\|") + "]] y [[José Müller#A: b?]] ![[photo one.jpg|*]]");
        assertThat(ReadBack.links(out)).containsExactly(new Seen(false, alias, "../../Home.md"),
                new Seen(false, "José Müller > A: b?", "../../People/José Müller.md#a-b"), new Seen(true, "*", "../../img/photo one.JPG"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', textBlock = """
            a [b] c
            `code` <span> &copy; \\ *x* _y_ ~z~ $m$ | ]
            [
            ]](x)
            """)
    void escapedLinkTextReadsBackAsItself(String text) {
        assertThat(ReadBack.links("[" + LinkRewriter.escape(text) + "](a.md)")).containsExactly(new Seen(false, text, "a.md"));
    }

    @Test
    void changesNothingButTheLinks() {
        String prefix = "# Title\n\n```java\n[[Plan]] [t](Home.md)\n```\n\n    [[Plan]]\n\n<div>\n[[Plan]]\n</div>\n\nSome `[[Plan]]` *text* [[Missing]] ";
        String suffix = " [url](https://example.com/Home.md) <https://x.y> [[Missing#H|m]] ![](nowhere.png)\n| a | b |\n|---|---|\n";
        String out = markdown("Home.md", prefix + "[[Plan]]" + suffix);
        assertThat(out).isEqualTo(prefix + "[Plan](Archive/Plan.md)" + suffix);
    }

    @Test
    void keepLeavesEveryLinkAsWritten() {
        String body = "[[Plan]] ![[diagram.png|300]] [t](Folder/My%20Note.md) [[Missing]] ![[Plan]]";
        LinkRewriter.Result result = rewriter(LinkStyle.KEEP, Function.identity()).rewrite("Home.md", "Home.md", body);
        assertThat(result.body()).isSameAs(body);
        assertThat(result.summary().links()).containsExactly("Archive/Plan.md", "Folder/My Note.md", "img/diagram.png");
    }

    @Test
    void summarizesTheLinkGraphOfTheNote() {
        String body = """
                [[Plan]] [[Plan]] [[Archive/Plan|again]] [[#Local]] [[Home]] ![[diagram.png]] [[Report.pdf]]
                ![img](img/photo%20one.JPG) ![[Missing]] [[Missing]] [x](nope.md) [[Projects]] [[../../x]] [[.trash/Old]]
                ```
                [[In Code]]
                ```
                """;
        LinkSummary summary = new LinkRewriter(Vaults.INDEX, LinkStyle.MARKDOWN, EmbedStyle.LINK, Function.identity(), NO_EMBEDS)
                .summarize("Home.md", body);
        assertThat(summary.links()).containsExactly("Archive/Plan.md", "docs/Report.pdf", "img/diagram.png", "img/photo one.JPG");
        assertThat(summary.attachments()).containsExactly("img/diagram.png", "img/photo one.JPG");
        assertThat(summary.unresolved()).containsExactly("../../x", ".trash/Old", "Missing", "Projects", "nope.md");
        assertThat(summary.issues()).extracting(LinkIssue::message).containsExactly(
                "link \"Plan\" names several files: linked to Archive/Plan.md",
                "link \"diagram.png\" names several files: linked to img/diagram.png",
                "link \"Missing\" left as written: no such note or file",
                "link \"nope.md\" left as written: no such note or file",
                "link \"Projects\" left as written: names a folder",
                "link \"../../x\" left as written: leaves the vault",
                "link \".trash/Old\" left as written: names a hidden file");
        LinkRewriter rewriter = rewriter(LinkStyle.MARKDOWN, Function.identity());
        assertThat(rewriter.rewrite("Home.md", "Home.md", body).summary()).isEqualTo(summary);
    }

    @Test
    void aBodyWithoutLinksIsReturnedAsItIs() {
        String body = "just text, no brackets";
        assertThat(rewriter(LinkStyle.MARKDOWN, Function.identity()).rewrite("Home.md", "Home.md", body).body()).isSameAs(body);
        assertThat(rewriter(LinkStyle.MARKDOWN, Function.identity()).summarize("Home.md", body)).isEqualTo(LinkSummary.EMPTY);
    }
}
