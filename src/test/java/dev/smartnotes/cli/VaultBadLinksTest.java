package dev.smartnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links a vault should never follow: out of the vault by {@code ../}, absolute paths, URLs, folders,
 * hidden files, symbolic links leading out of the vault, embed cycles and self-embeds, links in code.
 * Each stays as written with at most one clear line; the exit code stays 0, or 1 only because the
 * walk reports the symbolic links it did not follow; nothing is written outside {@code --out} and
 * nothing from outside the vault gets in.
 */
class VaultBadLinksTest {
    private static final String BAD = """
            # Bad links

            - climbing out: [[../../outside/secret.png]]
            - climbing out, Markdown: [up](../outside/secret.png)
            - climbing out, image: ![img](../../../outside/secret.png)
            - absolute: [abs](/etc/passwd)
            - absolute wikilink: [[/etc/passwd]]
            - Windows: [win](C:/Windows/win.ini)
            - URLs: [web](https://example.com/x.md), <https://example.com>, [[https://example.com/y]]
            - file URL: [file](file:///etc/passwd)
            - folder: [[Folder]]
            - folder, Markdown: [dir](Folder/)
            - hidden: [[.hidden/config.json]]
            - hidden note: [[.hidden]]
            - symbolic link out: ![[leak.png]]
            - symbolic link to a folder out: [[linkdir/Outside]]
            - self embed: ![[Bad]]
            - cycle: ![[Ping]]
            - fine: ![[ok.png]]

            ```
            [[Folder/Sub/Deep]] inside code
            ```
            """;

    /** The targets of the lines of {@link #BAD} that must stay as written. */
    private static final List<String> BAD_TARGETS = List.of("../../outside/secret.png", "../outside/secret.png", "../../../outside/secret.png",
            "/etc/passwd", "C:/Windows/win.ini", "https://example.com/y", "Folder", "Folder/", ".hidden/config.json", ".hidden", "leak.png",
            "linkdir/Outside");

    @TempDir
    Path sandbox;

    private Path vault;
    private Path outside;
    private byte[] secret;

    @BeforeEach
    void hostileVault() throws IOException {
        outside = Files.createDirectories(sandbox.resolve("outside"));
        secret = TestVault.bytes("png", "secret");
        Files.write(outside.resolve("secret.png"), secret);
        Files.writeString(outside.resolve("Outside.md"), "# Outside\n\nNot part of the vault.\n");
        vault = Files.createDirectories(sandbox.resolve("vault"));
        write("Bad.md", BAD);
        write("Ping.md", "# Ping\n\n![[Pong]]\n");
        write("Pong.md", "# Pong\n\n![[Ping]]\n");
        write("Folder/Sub/Deep.md", "# Deep\n");
        write(".hidden/config.json", "{\"secret\": true}\n");
        write(".hidden.md", "# Hidden note\n");
        Files.createDirectories(vault.resolve("img"));
        Files.write(vault.resolve("img/ok.png"), TestVault.bytes("png", "ok"));
        Files.createSymbolicLink(vault.resolve("leak.png"), Path.of("../outside/secret.png"));
        Files.createSymbolicLink(vault.resolve("linkdir"), Path.of("../outside"));
    }

    private void write(String relative, String text) throws IOException {
        Path file = vault.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Every file and link of the sandbox but --out, with a digest of what it holds. */
    private Map<String, String> snapshot(Path out) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(sandbox)) {
            for (Path path : walk.filter(p -> !p.startsWith(out)).toList()) {
                String what = Files.isSymbolicLink(path) ? "link to " + Files.readSymbolicLink(path)
                        : Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? "folder"
                        : digest(Files.readAllBytes(path)) + " " + Files.getLastModifiedTime(path);
                files.put(sandbox.relativize(path).toString(), what);
            }
        }
        return files;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Result(Cli cli, int exit, JsonNode report, Path out) {}

    private Result export(String name, String... extra) throws IOException {
        Path out = sandbox.resolve(name);
        List<String> args = new ArrayList<>(List.of("export", "--notes", vault.toString(), "--out", out.toString(), "--report", "json", "--verbose"));
        args.addAll(List.of(extra));
        Map<String, String> before = snapshot(out);
        Cli cli = Cli.create();
        int exit = cli.run(args.toArray(String[]::new));
        assertThat(snapshot(out)).as("nothing outside --out changed: %s", cli).isEqualTo(before);
        return new Result(cli, exit, ExportedVault.JSON.readTree(cli.stdout()), out);
    }

    /** Exit 1 only for the symbolic links the walk did not follow, each one line; nothing else failed. */
    private static void onlyTheSymbolicLinksAreProblems(Result result) {
        assertThat(result.exit()).as("%s", result.cli()).isEqualTo(1);
        List<String> where = new ArrayList<>();
        result.report().get("problems").forEach(p -> where.add(p.get("where").asText()));
        assertThat(where).as("problems").hasSize(2).allMatch(w -> w.endsWith("leak.png") || w.endsWith("linkdir"));
        result.report().get("problems").forEach(p -> assertThat(p.get("reason").asText()).contains("not followed"));
    }

    /** Nothing from outside the vault, nothing hidden, in --out. */
    private void nothingFromOutside(Path out) throws IOException {
        for (String file : Outputs.walk(out)) {
            assertThat(file).doesNotContain("secret", "Outside", ".hidden", "config.json");
            assertThat(Files.readAllBytes(out.resolve(file))).as(file).isNotEqualTo(secret);
        }
        Outputs.assertSafeNames(out);
    }

    @Test
    void badLinksStayAsWrittenWithAtMostOneLineEach() throws IOException {
        Result result = export("out");
        onlyTheSymbolicLinksAreProblems(result);
        String markdown = Files.readString(result.out().resolve("md/Bad.md"));
        SoftAssertions soft = new SoftAssertions();
        for (String line : BAD.lines().filter(l -> l.startsWith("- ") && !l.contains("embed") && !l.contains("cycle") && !l.contains("fine")).toList()) {
            soft.assertThat(markdown.lines()).as("stays as written").contains(line);
        }
        soft.assertThat(markdown).contains("- fine: ![](img/ok.png)", "```\n[[Folder/Sub/Deep]] inside code\n```");
        List<String> stderr = result.cli().stderr().lines().toList();
        for (String target : BAD_TARGETS) {
            soft.assertThat(stderr.stream().filter(l -> l.contains("\"" + target + "\""))).as("lines about %s", target).hasSizeLessThanOrEqualTo(1);
        }
        soft.assertThat(stderr).as("a link in code is no link").noneMatch(l -> l.contains("Folder/Sub/Deep"));
        soft.assertThat(stderr).as("one clear line each, no stack trace").noneMatch(l -> l.startsWith("\t") || l.contains("Exception"));
        ExportedVault exported = ExportedVault.read(result.out());
        soft.assertThat(exported.list("Bad.md", "links")).containsExactlyInAnyOrder("img/ok.png", "Ping.md");
        soft.assertThat(exported.list("Bad.md", "unresolvedLinks")).contains("../../outside/secret.png", "/etc/passwd", "Folder", ".hidden/config.json",
                ".hidden", "leak.png", "linkdir/Outside");
        soft.assertAll();
        nothingFromOutside(result.out());
    }

    @Test
    void withoutSymbolicLinksTheExitCodeIsZero() throws IOException {
        Files.delete(vault.resolve("leak.png"));
        Files.delete(vault.resolve("linkdir"));
        Result result = export("out");
        assertThat(result.exit()).as("%s", result.cli()).isZero();
        assertThat(result.report().get("problems")).isEmpty();
        assertThat(result.report().get("unresolvedLinks").asInt()).isGreaterThanOrEqualTo(10);
        nothingFromOutside(result.out());
    }

    @Test
    void inlineEmbedsAndEveryAttachmentStillStayInside() throws IOException {
        Result result = export("out", "--embeds", "inline", "--attachments", "all");
        onlyTheSymbolicLinksAreProblems(result);
        String markdown = Files.readString(result.out().resolve("md/Bad.md"));
        assertThat(markdown).contains("- self embed: [Bad](Bad.md) *(not embedded", "# Ping", "# Pong")
                .containsPattern("\\[Ping]\\(Ping\\.md\\) \\*\\(not embedded: [^)]*cycle");
        assertThat(Files.readString(result.out().resolve("md/Ping.md"))).contains("# Pong").contains("*(not embedded");
        assertThat(Outputs.files(result.out().resolve("md"))).containsExactlyInAnyOrder("Bad.md", "Ping.md", "Pong.md", "Folder/Sub/Deep.md", "img/ok.png");
        assertThat(result.cli().stderr().lines().filter(l -> l.contains("cycle"))).as("%s", result.cli()).isNotEmpty()
                .allMatch(l -> !l.startsWith("\t"));
        nothingFromOutside(result.out());
    }

    @Test
    void anOutFolderInsideTheVaultIsNotExportedAgain() throws IOException {
        Files.delete(vault.resolve("leak.png"));
        Files.delete(vault.resolve("linkdir"));
        Path out = vault.resolve("export");
        Cli cli = Cli.create();
        assertThat(cli.run("export", "--notes", vault.toString(), "--out", out.toString(), "--attachments", "all")).as("%s", cli).isZero();
        assertThat(cli.run("export", "--notes", vault.toString(), "--out", out.toString(), "--attachments", "all")).as("%s", cli).isZero();
        assertThat(Outputs.files(out)).noneMatch(f -> f.contains("export/")).contains("md/img/ok.png");
        assertThat(new String(Files.readAllBytes(out.resolve("md/Bad.md")), StandardCharsets.UTF_8)).startsWith("# Bad links");
    }
}
