package dev.smartnotes.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VaultIndexTest {
    private static final VaultIndex INDEX = Vaults.INDEX;

    @ParameterizedTest(name = "[[{0}]] from {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Home                     | Projects/Plan.md        | Home.md
            Home.md                  | Projects/Plan.md        | Home.md
            home                     | Daily/2024-01-01.md     | Home.md
            HOME.MD                  | Home.md                 | Home.md
            Ideas                    | Home.md                 | Projects/Ideas.md
            Plan                     | Home.md                 | Archive/Plan.md
            Plan                     | Projects/Notes/Other.md | Projects/Notes/Plan.md
            Plan                     | Projects/Ideas.md       | Projects/Plan.md
            Plan                     | Daily/2024-01-01.md     | Archive/Plan.md
            Projects/Notes/Plan      | Home.md                 | Projects/Notes/Plan.md
            Notes/Plan               | Home.md                 | Projects/Notes/Plan.md
            projects/plan.MD         | Archive/Plan.md         | Projects/Plan.md
            ./Plan                   | Archive/X.md            | Archive/Plan.md
            ../Home                  | Projects/Plan.md        | Home.md
            ../Plan                  | Projects/Notes/Plan.md  | Projects/Plan.md
            /Projects/Plan           | Archive/Plan.md         | Projects/Plan.md
            Deep                     | Home.md                 | Folder/Sub/Deep.md
            My Note                  | Home.md                 | Folder/My Note.md
            diagram.png              | Home.md                 | img/diagram.png
            diagram.png              | Projects/Plan.md        | Projects/img/diagram.png
            photo one.jpg            | Home.md                 | img/photo one.JPG
            Report.pdf               | Home.md                 | docs/Report.pdf
            memo.mp3                 | Home.md                 | audio/memo.mp3
            clip.mp4                 | Home.md                 | video/clip.mp4
            Board.canvas             | Home.md                 | Boards/Board.canvas
            Books.base               | Home.md                 | Tables/Books.base
            Archive.2024             | Home.md                 | Archive.2024.md
            ノート                    | Home.md                 | 日本語/ノート.md
            заметка                  | Home.md                 | Русский/Заметка.md
            josé müller              | Home.md                 | People/José Müller.md
            Emoji 🚀                 | Home.md                 | Emoji 🚀.md
            Odd (1) #2 & 'q'         | Home.md                 | Odd (1) #2 & 'q'.md
            """)
    void resolvesAsObsidianDoes(String target, String from, String expected) {
        assertThat(INDEX.resolve(target, from)).contains(expected);
    }

    @ParameterizedTest(name = "[[{0}]] from {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Missing             | Home.md          | NO_SUCH_FILE
            Report              | Home.md          | NO_SUCH_FILE
            diagram             | Home.md          | NO_SUCH_FILE
            /Plan               | Home.md          | NO_SUCH_FILE
            Projects            | Home.md          | FOLDER
            Folder/Sub          | Home.md          | FOLDER
            /Folder/Sub/        | Home.md          | FOLDER
            ../Home             | Home.md          | OUTSIDE_VAULT
            ../../Home          | Projects/Plan.md | OUTSIDE_VAULT
            ./../../etc/passwd  | Projects/Plan.md | OUTSIDE_VAULT
            C:/Users/me/Home.md | Home.md          | OUTSIDE_VAULT
            .trash/Old          | Home.md          | HIDDEN
            .obsidian/app.json  | Home.md          | HIDDEN
            Folder/.secret      | Home.md          | HIDDEN
            .secret             | Folder/X.md      | HIDDEN
            """)
    void missingTargetsSayWhy(String target, String from, Resolution.Reason reason) {
        assertThat(INDEX.lookup(target, from, false)).isEqualTo(new Resolution.Missing(reason));
        assertThat(INDEX.resolve(target, from)).isEmpty();
    }

    @Test
    void anEmptyTargetIsTheLinkingNote() {
        assertThat(INDEX.resolve("", "Projects/Plan.md")).contains("Projects/Plan.md");
    }

    @Test
    void ambiguousNamesCountTheFilesTheyCouldName() {
        assertThat(INDEX.lookup("Plan", "Home.md", false)).isEqualTo(new Resolution.Found("Archive/Plan.md", 3));
        assertThat(INDEX.lookup("Notes/Plan", "Home.md", false)).isEqualTo(new Resolution.Found("Projects/Notes/Plan.md", 1));
        assertThat(INDEX.lookup("Projects/Plan", "Home.md", false)).isEqualTo(new Resolution.Found("Projects/Plan.md", 1));
        assertThat(((Resolution.Found) INDEX.lookup("diagram.png", "Home.md", false)).ambiguous()).isTrue();
    }

    @ParameterizedTest(name = "({0}) from {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Plan.md               | Projects/Notes/Other.md | Projects/Notes/Plan.md
            Plan.md               | Archive/X.md            | Archive/Plan.md
            Notes/Plan.md         | Projects/Ideas.md       | Projects/Notes/Plan.md
            ../Home.md            | Projects/Ideas.md       | Home.md
            ./img/diagram.png     | Projects/Ideas.md       | Projects/img/diagram.png
            img/diagram.png       | Home.md                 | img/diagram.png
            Home.md               | Projects/Ideas.md       | Home.md
            Home                  | Projects/Ideas.md       | Home.md
            /Projects/Plan.md     | Archive/Plan.md         | Projects/Plan.md
            Sub/Deep.md           | Folder/My Note.md       | Folder/Sub/Deep.md
            """)
    void markdownDestinationsAreRelativeFirst(String target, String from, String expected) {
        assertThat(INDEX.lookup(target, from, true)).isEqualTo(new Resolution.Found(expected, 1));
    }

    @Test
    void markdownDestinationsLeavingTheVaultResolveToNothing() {
        assertThat(INDEX.lookup("../../Home.md", "Projects/Ideas.md", true)).isEqualTo(new Resolution.Missing(Resolution.Reason.OUTSIDE_VAULT));
    }

    @Test
    void decomposedUnicodeFindsComposedNames() {
        assertThat(INDEX.resolve("Jose\u0301 Mu\u0308ller", "Home.md")).contains("People/José Müller.md");
        VaultIndex decomposed = VaultIndex.of(List.of("Cafe\u0301.md"));
        assertThat(decomposed.resolve("café", "x.md")).contains("Cafe\u0301.md");
    }

    @Test
    void keepsTheGivenPathStrings() {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            paths.add(new String("f" + i + "/Same.md"));
        }
        VaultIndex index = VaultIndex.of(paths);
        String from = paths.get(17).replace("Same.md", "Other.md");
        assertThat(index.resolve("Same", from).orElseThrow()).isSameAs(paths.get(17));
        assertThat(index.resolve("Same", "x.md").orElseThrow()).isSameAs(paths.get(0));
    }

    @Test
    void notesAreMarkdownFilesWhateverTheCase() {
        assertThat(INDEX.isNote("a/B.md")).isTrue();
        assertThat(INDEX.isNote("B.MD")).isTrue();
        assertThat(INDEX.isNote("b.png")).isFalse();
        assertThat(INDEX.isNote("md")).isFalse();
    }

    @Test
    void aPathGivenTwiceIsOneFile() {
        VaultIndex index = VaultIndex.of(List.of("a/Note.md", "a/Note.md", "b/x.md"));
        assertThat(index.lookup("Note", "b/x.md", false)).isEqualTo(new Resolution.Found("a/Note.md", 1));
    }

    @Test
    void anEmptyVaultResolvesNothing() {
        assertThat(VaultIndex.of(List.of()).resolve("Home", "Home.md")).isEmpty();
    }
}
