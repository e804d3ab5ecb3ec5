package dev.smartnotes.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LinkScannerTest {

    private static Link only(String body) {
        List<Link> links = LinkScanner.scan(body);
        assertThat(links).as("links of %s", body).hasSize(1);
        Link link = links.getFirst();
        assertThat(body.substring(link.start(), link.end())).isEqualTo(link.raw());
        return link;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', textBlock = """
            see [[Note]] here             ¦ [[Note]]                ¦ false ¦ Note     ¦              ¦
            [[Note|An alias]]             ¦ [[Note|An alias]]       ¦ false ¦ Note     ¦              ¦ An alias
            [[Note#Heading]]              ¦ [[Note#Heading]]        ¦ false ¦ Note     ¦ Heading      ¦
            [[Note#Heading#Sub]]          ¦ [[Note#Heading#Sub]]    ¦ false ¦ Note     ¦ Heading#Sub  ¦
            [[Note#^block-1]]             ¦ [[Note#^block-1]]       ¦ false ¦ Note     ¦ ^block-1     ¦
            [[#Heading]]                  ¦ [[#Heading]]            ¦ false ¦          ¦ Heading      ¦
            [[#^b1|this block]]           ¦ [[#^b1|this block]]     ¦ false ¦          ¦ ^b1          ¦ this block
            x ![[Note]] y                 ¦ ![[Note]]               ¦ true  ¦ Note     ¦              ¦
            ![[image.png|300]]            ¦ ![[image.png|300]]      ¦ true  ¦ image.png¦              ¦ 300
            ![[image.png|300x200]]        ¦ ![[image.png|300x200]]  ¦ true  ¦ image.png¦              ¦ 300x200
            | a | [[Note\\|Alias]] |      ¦ [[Note\\|Alias]]        ¦ false ¦ Note     ¦              ¦ Alias
            [[ Folder/My Note.md | x ]]   ¦ [[ Folder/My Note.md | x ]] ¦ false ¦ Folder/My Note.md ¦ ¦ x
            # Title [[Note]]              ¦ [[Note]]                ¦ false ¦ Note     ¦              ¦
            > quoted [[Note]]             ¦ [[Note]]                ¦ false ¦ Note     ¦              ¦
            - item [[ノート]]              ¦ [[ノート]]               ¦ false ¦ ノート    ¦              ¦
            \\![[Note]]                   ¦ [[Note]]                ¦ false ¦ Note     ¦              ¦
            [[a|b|c]]                     ¦ [[a|b|c]]               ¦ false ¦ a        ¦              ¦ b|c
            """)
    void findsEachWikilinkForm(String body, String raw, boolean embed, String target, String fragment, String alias) {
        Link.Wiki link = (Link.Wiki) only(body);
        assertThat(link.raw()).isEqualTo(raw);
        assertThat(link.embed()).isEqualTo(embed);
        assertThat(link.target()).isEqualTo(target == null ? "" : target);
        assertThat(link.fragment()).isEqualTo(fragment == null ? "" : fragment);
        assertThat(link.alias()).isEqualTo(alias == null ? "" : alias);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "```\n[[Note]]\n```",
        "~~~md\n![[Note]] [t](Note.md)\n~~~",
        "    [[Note]] indented code",
        "text `[[Note]]` and ``[t](Note.md)``",
        "<div>\n[[Note]]\n</div>",
        "<a href=\"[[Note]]\">x</a>",
        "<!-- [[Note]] -->",
        "\\[[Note]]",
        "[[Note",
        "[[Note\n]]",
        "[[]]",
        "[[|alias]]",
        "[[#]]",
        "[[a `b` c]]",
        "[t](https://example.com/a.md) <https://example.com> [m](mailto:a@b.c) [o](obsidian://open?x)",
        "[same](#Heading) [empty]() [proto](//host/x.md) [file](file:///etc/passwd)",
        "![img](data:image/png;base64,AAAA)",
        "no brackets at all",
    })
    void leavesCodeHtmlUrlsAndNonLinksAlone(String body) {
        assertThat(LinkScanner.scan(body)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', textBlock = """
            a [text](Folder/My%20Note.md) b            ¦ LINK       ¦ Folder/My%20Note.md        ¦ Folder/My Note.md ¦
            [text](<Folder/My Note.md>)                ¦ LINK       ¦ <Folder/My Note.md>        ¦ Folder/My Note.md ¦
            [t](Note.md#My%20Heading "title")          ¦ LINK       ¦ Note.md#My%20Heading       ¦ Note.md           ¦ My Heading
            ![alt *x*](img/diagram.png 'title')        ¦ IMAGE      ¦ img/diagram.png            ¦ img/diagram.png   ¦
            [t](a\\(1\\).md)                           ¦ LINK       ¦ a\\(1\\).md                ¦ a(1).md           ¦
            [t](a(1).md)                               ¦ LINK       ¦ a(1).md                    ¦ a(1).md           ¦
            [t](%E6%97%A5%E6%9C%AC.md)                 ¦ LINK       ¦ %E6%97%A5%E6%9C%AC.md      ¦ 日本.md            ¦
            [t](bad%zz%E6.md)                          ¦ LINK       ¦ bad%zz%E6.md               ¦ bad%zz%E6.md      ¦
            [t](../Home.md)                            ¦ LINK       ¦ ../Home.md                 ¦ ../Home.md        ¦
            [t](C:/Users/me.md)                        ¦ LINK       ¦ C:/Users/me.md             ¦ C:/Users/me.md    ¦
            [r]: Folder/My%20Note.md "title"           ¦ DEFINITION ¦ Folder/My%20Note.md        ¦ Folder/My Note.md ¦
            """)
    void findsMarkdownLinksToLocalFiles(String body, Link.Form form, String written, String target, String fragment) {
        Link.Markdown link = (Link.Markdown) only(body);
        assertThat(link.form()).isEqualTo(form);
        assertThat(body.substring(link.destinationStart(), link.destinationEnd())).isEqualTo(written);
        assertThat(link.target()).isEqualTo(target);
        assertThat(link.fragment()).isEqualTo(fragment == null ? "" : fragment);
    }

    @Test
    void referenceLinksAreFoundByTheirDefinition() {
        String body = "[one][r] and [r] and [two][]\n\n[r]: Home.md\n[two]: <docs/Report.pdf>\n";
        assertThat(LinkScanner.scan(body)).extracting(Link::target).containsExactly("Home.md", "docs/Report.pdf");
    }

    @Test
    void findsAnImageInsideALinkAndLinksInOrder() {
        String body = "[![badge](img/diagram.png)](Home.md) then [[Plan]] and ![[a.png]]";
        assertThat(LinkScanner.scan(body)).extracting(Link::target).containsExactly("Home.md", "img/diagram.png", "Plan", "a.png");
    }

    @Test
    void aWikilinkInsideMarkdownLinkTextIsPartOfThatLink() {
        assertThat(LinkScanner.scan("[see [[Note]]](Home.md)")).extracting(Link::target).containsExactly("Home.md");
    }

    @Test
    void wikilinksNextToEachOther() {
        assertThat(LinkScanner.scan("[[a]][[b]] ![[c]]![[d]] [[e [[f]]"))
                .extracting(link -> link.target() + (link.embed() ? "!" : ""))
                .containsExactly("a", "b", "c!", "d!", "f");
    }

    @Test
    void linksAfterCodeKeepTheirOffsets() {
        String body = "```\n[[x]]\n```\n\r\n`[[y]]` [[Note]]\r\n\r\n    [[z]]\n";
        Link link = only(body);
        assertThat(link.target()).isEqualTo("Note");
    }

    @Test
    void displayTextIsWhatObsidianShows() {
        assertThat(((Link.Wiki) only("[[Note]]")).display()).isEqualTo("Note");
        assertThat(((Link.Wiki) only("[[Folder/Note.md]]")).display()).isEqualTo("Folder/Note.md");
        assertThat(((Link.Wiki) only("[[Note#Heading]]")).display()).isEqualTo("Note > Heading");
        assertThat(((Link.Wiki) only("[[Note#A#B]]")).display()).isEqualTo("Note > A > B");
        assertThat(((Link.Wiki) only("[[#Heading]]")).display()).isEqualTo("Heading");
        assertThat(((Link.Wiki) only("[[Note#^b1]]")).display()).isEqualTo("Note > ^b1");
        assertThat(((Link.Wiki) only("[[Note#H|Alias]]")).display()).isEqualTo("Alias");
    }
}
