package dev.smartnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each form of link a real vault holds, by example: the exact line the Markdown export writes for a
 * line of the hand-made Obsidian and Dendron vaults (default options), and what the note's JSON lists.
 * The disabled tests at the end are Obsidian syntax that the export reads differently from Obsidian.
 */
class VaultSyntaxTest {
    @TempDir
    static Path temp;

    private static ExportedVault obsidian;
    private static ExportedVault dendron;

    @BeforeAll
    static void export() throws IOException {
        obsidian = export(TestVault.OBSIDIAN);
        dendron = export(TestVault.DENDRON);
    }

    private static ExportedVault export(TestVault kind) throws IOException {
        Path vault = kind.materialize(temp.resolve(kind + "-vault"));
        Path out = temp.resolve(kind + "-out");
        Cli cli = Cli.create();
        assertThat(cli.run("export", "--notes", vault.toString(), "--out", out.toString())).as("%s", cli).isZero();
        return ExportedVault.read(out);
    }

    private static void assertLines(ExportedVault vault, String note, String... lines) {
        assertThat(vault.mdText(note).lines()).as("the Markdown of %s", note).contains(lines);
    }

    @Test
    void wikilinksWithAliasesHeadingsAndBlocks() {
        assertLines(obsidian, "Home.md",
                "Welcome to my vault. Start with [Inbox](Inbox.md) or the [Alpha project](Projects/Alpha/Alpha.md).",
                "- [Alpha](Projects/Alpha/Alpha.md) — see [its goals](Projects/Alpha/Alpha.md#goals) and [Alpha > ^goal-1](Projects/Alpha/Alpha.md#^goal-1)",
                "- [Beta plan](Projects/Beta/Beta%20plan.md) and its [meeting notes](Projects/Beta/Meeting%20notes.md)",
                "See also [Projects](#projects), [the areas](#areas), the [recipe](Resources/Recipes/Crème%20brûlée.md \"Dessert\") and [the book][book].");
        assertLines(obsidian, "Projects/Alpha/Meeting notes.md",
                "Agreed on [Alpha > Goals](Alpha.md#goals). Action items in [Action items](#action-items).");
    }

    @Test
    void namesMatchWithoutCaseWithOrWithoutMdFromTheRootAndInNfc() {
        assertLines(obsidian, "Home.md",
                "- Same note, other spellings: [home](Home.md), [INBOX](Inbox.md), [crème BRÛLÉE](Resources/Recipes/Crème%20brûlée.md), "
                        + "[Inbox.md](Inbox.md), [/Inbox](Inbox.md)",
                "- The other [meetings](Projects/Alpha/Meeting%20notes.md), led by [maria sánchez](People/Maria%20Sánchez.md)",
                "- Browse [Resources](Resources.md) (a folder note beside its folder)");
        assertThat(obsidian.list("Areas/Santé & sport/Entraînement 🏃.md", "links")).as("a link in NFC to a file named in NFD")
                .contains(TestVault.NFD_NOTE);
    }

    @Test
    void sameNamedFilesResolveToTheNearestOne() {
        assertThat(obsidian.list("Projects/Beta/Beta plan.md", "links")).as("[[Meeting notes]] from Projects/Beta")
                .contains("Projects/Beta/Meeting notes.md").doesNotContain("Projects/Alpha/Meeting notes.md");
        assertThat(obsidian.list("Projects/Alpha/Alpha.md", "attachments")).as("![[diagram.png]] from Projects/Alpha")
                .containsExactly("Projects/Alpha/diagram.png");
        assertLines(obsidian, "Projects/Alpha/Meeting notes.md", "- Reviewed ![Architecture diagram](diagram.png)");
    }

    @Test
    void pipesInTablesStayCellSeparators() {
        assertLines(obsidian, "Home.md",
                "| Health | [training](Areas/Santé%20%26%20sport/Entraînement%20🏃.md) | ✅ |",
                "| Japan | [東京メモ](Areas/日本語/東京メモ.md) | 🚧 |",
                "| Arabic | [ملاحظات عربية](Areas/العربية/ملاحظات.md) | ⏳ |",
                "| Books | [Part 1](Resources/Books/Thinking,%20Fast%20and%20Slow.md#part-1) | 📖 |");
    }

    @Test
    void embedsOfImagesBecomeImagesAndOtherFilesLinks() {
        assertLines(obsidian, "Home.md",
                "![](Attachments/diagram.png)",
                "![](Attachments/Pasted%20image%2020240315093012.png)",
                "[Quarterly report.pdf](Attachments/Quarterly%20report.pdf)",
                "[voice memo 2024-03-01.m4a](Attachments/voice%20memo%202024-03-01.m4a)",
                "![photo](Attachments/photo%20café.jpg)");
        assertLines(obsidian, "Projects/Beta/Beta plan.md",
                "- [Report](../../Attachments/Quarterly%20report.pdf)",
                "- ![](../../Attachments/Pasted%20image%2020240315093012.png)");
    }

    @Test
    void noteEmbedsBecomeLinksByDefault() {
        assertThat(obsidian.mdText("Home.md")).contains(
                "tasks: [Tasks.base](Projects/Tasks.base), sketch: [Drawing 2024-03-15 10.12.33.excalidraw]"
                        + "(Excalidraw/Drawing%202024-03-15%2010.12.33.excalidraw.md)");
        assertThat(obsidian.list("Home.md", "links")).contains("Excalidraw/Drawing 2024-03-15 10.12.33.excalidraw.md", "Projects/Roadmap.canvas");
    }

    @Test
    void markdownLinksRelativeRootedAngleBracketedAndWithoutExtension() {
        assertLines(obsidian, "Home.md",
                "Also [alpha without extension](Projects/Alpha/Alpha.md) and [from the root](Daily/2024-03-15.md).",
                "[book]: Resources/Books/Thinking,%20Fast%20and%20Slow.md");
        assertLines(obsidian, "Projects/Alpha/Alpha.md",
                "See the relative link [kickoff](Meeting%20notes.md#kickoff) and [the Beta plan](../Beta/Beta%20plan.md) too.");
    }

    @Test
    void calloutsTasksTagsEscapesAndHtmlKeepTheirShape() {
        assertLines(obsidian, "Inbox.md",
                "- [ ] Call the dentist 📅 2024-03-20 #health",
                "- [x] Read [Thinking, Fast and Slow](Resources/Books/Thinking,%20Fast%20and%20Slow.md) chapter 3 ✅ 2024-03-14",
                "> [!note] Remember",
                "> Link the [daily note](Daily/2024-03-15.md) to the [Alpha](Projects/Alpha/Alpha.md) project.",
                "> > Nothing in life is as important as you think it is. "
                        + "[Thinking, Fast and Slow > Quotes](Resources/Books/Thinking,%20Fast%20and%20Slow.md#quotes)",
                "<div class=\"box\">HTML with a <a href=\"Home.md\">link</a> and [[Beta plan]] inside.</div>",
                "An escaped \\[[Not a link]] and a URL https://example.com/[[x]] in text.");
    }

    @Test
    void aWindowsNoteKeepsItsLineEndings() throws IOException {
        String text = Files.readString(obsidian.md("Daily/2024-03-16.md"));
        assertThat(text).startsWith("---\r\ncreated: 2024-03-16\r\n")
                .contains("\r\nWritten on Windows. Back to [2024-03-15](2024-03-15.md) and [home](../Home.md).\r\n")
                .contains("```\r\nkeep [[Home]] here\r\n```\r\n")
                .doesNotContain("\n\n");
    }

    @Test
    void dendronHierarchiesNoteRefsAndRootedImages() {
        assertLines(dendron, "proj.alpha.md",
                "Child of [proj](proj.md); tasks in [proj.alpha.tasks](proj.alpha.tasks.md), design in [the design](proj.alpha.design.md#architecture).",
                "![Architecture](assets/images/arch.png)");
        assertThat(dendron.mdText("proj.alpha.md")).contains("(proj.alpha.tasks.md#open)");
        assertThat(dendron.mdText("daily.journal.2024.03.15.md")).contains("(proj.alpha.md#status)");
        assertThat(dendron.list("people.maria.md", "links")).as("[[Proj.Beta]]: another case").contains("proj.beta.md");
        assertThat(dendron.list("proj.alpha.md", "backlinks"))
                .containsExactly("daily.journal.2024.03.15.md", "people.maria.md", "proj.alpha.design.md", "proj.alpha.tasks.md", "proj.beta.md", "proj.md",
                        "root.md");
        assertThat(dendron.json.get("proj.alpha.md").get("updated").isIntegralNumber()).as("updated: epoch milliseconds").isTrue();
    }

    @Test
    void hiddenFilesAndTheTrashAreNotNotes() throws IOException {
        assertThat(obsidian.json.keySet()).noneMatch(p -> p.startsWith(".")).doesNotContain(".trash/Old note.md");
        assertThat(obsidian.list("Home.md", "unresolvedLinks")).contains("Old note");
        assertThat(Outputs.walk(obsidian.out)).noneMatch(f -> f.contains(".obsidian") || f.contains(".trash"));
    }

    // ------------------------------------------------------------------ read differently from Obsidian

    @Test
    void aPdfPageFragmentIsKept() {
        assertLines(obsidian, "Projects/Alpha/Meeting notes.md",
                "- Budget per [Quarterly report.pdf > page=3](../../Attachments/Quarterly%20report.pdf#page=3)");
    }

    @Test
    void footnotesAreNotLinks() {
        assertThat(obsidian.list("Inbox.md", "unresolvedLinks")).doesNotContain("Ibid.");
        assertThat(obsidian.list("Math and comments.md", "unresolvedLinks")).doesNotContain("Ibid.");
    }

    @Test
    void mathHoldsNoLinks() {
        assertThat(obsidian.list("Math and comments.md", "unresolvedLinks")).doesNotContain("x", "i \\in S");
    }

    @Test
    @Disabled("doubtful: links in properties (owner: \"[[Maria Sánchez]]\") are not in links/backlinks; Obsidian lists them as links and backlinks")
    void linksInPropertiesAreLinks() {
        assertThat(obsidian.list("Projects/Alpha/Alpha.md", "links")).contains("People/Maria Sánchez.md", "Projects/Roadmap.canvas");
        assertThat(obsidian.list("Projects/Alpha/Alpha.md", "backlinks")).contains("People/Maria Sánchez.md");
        assertThat(obsidian.list("Home.md", "backlinks")).contains("Properties showcase.md");
        Map<String, Set<String>> expected = Map.of("Properties showcase.md", Set.of("Home.md", "Inbox.md", "Projects/Alpha/Alpha.md"));
        expected.forEach((note, links) -> assertThat(obsidian.list(note, "links")).containsAll(links));
    }
}
