package dev.smartnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --attachments all|none} and attachments without Markdown, on the hand-made Obsidian vault
 * ({@code referenced}, the default, is checked on every vault by {@link VaultExportTest}).
 */
class VaultAttachmentsTest {
    @TempDir
    static Path temp;

    private static Path vault;
    private static VaultOracle source;

    @BeforeAll
    static void vault() throws IOException {
        vault = TestVault.OBSIDIAN.materialize(temp.resolve("vault"));
        source = VaultOracle.of(vault);
    }

    private static Path export(String name, String... options) throws IOException {
        Path out = temp.resolve(name);
        List<String> args = new java.util.ArrayList<>(List.of("export", "--notes", vault.toString(), "--out", out.toString()));
        args.addAll(List.of(options));
        Cli cli = Cli.create();
        assertThat(cli.run(args.toArray(String[]::new))).as("%s", cli).isZero();
        return out;
    }

    /** The files of md/ that are not a note's Markdown. */
    private static Set<String> attachmentsIn(Path out) throws IOException {
        Path md = out.resolve("md");
        if (!Files.isDirectory(md)) {
            return Set.of();
        }
        ExportedVault exported = ExportedVault.read(out);
        Set<String> notes = exported.names.values().stream().map(n -> n + ".md").collect(Collectors.toSet());
        return Outputs.files(md).stream().filter(f -> !notes.contains(f)).collect(Collectors.toSet());
    }

    @Test
    void allCopiesEveryFileThatIsNeitherANoteNorHidden() throws IOException {
        Path out = export("all", "--attachments", "all");
        Set<String> expected = source.files.stream().filter(f -> !VaultOracle.isNote(f)).collect(Collectors.toSet());
        assertThat(expected).contains("Attachments/unused.png", "Projects/Roadmap.canvas", "Projects/Tasks.base");
        assertThat(attachmentsIn(out)).containsExactlyInAnyOrderElementsOf(expected);
        SoftAssertions soft = new SoftAssertions();
        for (String file : expected) {
            soft.assertThat(out.resolve("md").resolve(file)).as(file).hasBinaryContent(source.bytes(file));
        }
        soft.assertAll();
        assertThat(Outputs.walk(out)).noneMatch(f -> f.contains(".obsidian") || f.contains(".trash"));
    }

    @Test
    void noneCopiesNothingAndLeavesEmbedsAsWrittenButListed() throws IOException {
        Path out = export("none", "--attachments", "none");
        Path referenced = export("referenced");
        assertThat(attachmentsIn(out)).isEmpty();
        assertThat(Files.readString(out.resolve("md/Home.md"))).contains("![[diagram.png|300]]", "![[Quarterly report.pdf]]");
        ExportedVault none = ExportedVault.read(out);
        ExportedVault all = ExportedVault.read(referenced);
        for (String note : all.json.keySet()) {
            for (String field : List.of("links", "attachments", "backlinks", "unresolvedLinks")) {
                assertThat(none.list(note, field)).as("%s of %s: the graph does not depend on copying", field, note).isEqualTo(all.list(note, field));
            }
        }
    }

    @Test
    void withoutMarkdownNothingIsCopied() throws IOException {
        Path out = export("json", "--format", "json,csv");
        assertThat(out.resolve("md")).doesNotExist();
        assertThat(ExportedVault.read(out).list("Home.md", "attachments")).contains("Attachments/diagram.png");
    }

    @Test
    void aLinkInsideTheVaultIsCopiedAsTheFileItNames() throws IOException {
        Path linked = temp.resolve("linked");
        TestVault.copyTree(vault, linked);
        Files.createSymbolicLink(linked.resolve("Attachments/latest.png"), Path.of("diagram.png"));
        Files.writeString(linked.resolve("Latest.md"), "# Latest\n\n![[latest.png]]\n");
        Path out = temp.resolve("linked-out");
        Cli cli = Cli.create();
        assertThat(cli.run("export", "--notes", linked.toString(), "--out", out.toString(), "--format", "md")).as("%s", cli).isZero();
        assertThat(out.resolve("md/Attachments/latest.png")).hasBinaryContent(Files.readAllBytes(linked.resolve("Attachments/diagram.png")));
        assertThat(Files.isSymbolicLink(out.resolve("md/Attachments/latest.png"))).as("a copy, not a link").isFalse();
    }
}
