package dev.smartnotes.links;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smartnotes.notes.Body;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property tests over random bodies (brackets, backticks, pipes, {@code #}, {@code !}, newlines,
 * containers, HTML, non-ASCII, and real links mixed in): nothing throws, links are where they say,
 * every link written points at a file, a second rewrite changes nothing. Each failure names its seed.
 */
class LinksFuzzTest {
    private static final String[] TOKENS = {
        "[[Plan]]", "[[Home|alias]]", "![[diagram.png|300]]", "[[My Note#Heading One]]", "[[#Local]]", "[[ノート]]",
        "[[Заметка#Глава]]", "![[Plan]]", "![[Deep#One]]", "[[Folder/Sub/Deep#^blk]]", "[[Missing]]", "[[Home\\|x]]", "![[Report.pdf]]",
        "[t](Folder/My%20Note.md)", "[t](<../Home.md>)", "![i](img/diagram.png \"t\")", "[u](https://x.y/z)", "[r]: Home.md\n", "[![b](/img/diagram.png)](Home.md)", "[x ![[Plan]] [[Plan]]](Plan.md)",
        "[[", "]]", "[", "]", "(", ")", "`", "``", "```\n", "~~~", "|", "||", "#", "# ", "## ", "!", "\\", "<", ">", "*", "_", "&amp;",
        "\n", "\n\n", "\r\n", "    ", "> ", "- ", "1. ", "<div>", "</div>", "<!--", "-->", "^blk", "---\n", "\t",
        " ", " ", " ", "a", "word", "日本", "é", "e\u0301", "🚀", "\u202E", "\u0000", "Ж", "%", "%2", "%E6", ":", "?", "'", "\"",
    };
    private static final List<String> NOTES = Vaults.PATHS.stream().filter(p -> p.endsWith(".md") && !p.contains("/.") && !p.startsWith(".")).toList();

    static Stream<Long> seeds() {
        return LongStream.range(0, 250).boxed();
    }

    private static String body(SplittableRandom random) {
        StringBuilder body = new StringBuilder();
        for (int i = random.nextInt(60); i > 0; i--) {
            body.append(TOKENS[random.nextInt(TOKENS.length)]);
        }
        return body.toString();
    }

    private static void check(long seed, String body, Runnable test) {
        try {
            test.run();
        } catch (Throwable e) {
            throw new AssertionError("seed " + seed + ", body " + body.replace("\n", "\\n"), e);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theBodysBytesAndItsTextAgreeOnWhetherItMayHoldLinks(long seed) {
        String body = body(new SplittableRandom(seed));
        check(seed, body, () -> {
            boolean may = LinkScanner.mayHoldLinks(body);
            assertThat(LinkScanner.mayHoldLinks(Body.of(body))).isEqualTo(may);
            String closed = body.replace("]", "");
            assertThat(LinkScanner.mayHoldLinks(Body.of(closed))).as("no closing bracket, no link").isFalse();
            assertThat(LinkScanner.mayHoldLinks(Body.of(closed + "[[Plan]]"))).isTrue();
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void scanningFindsLinksWhereTheySayTheyAre(long seed) {
        String body = body(new SplittableRandom(seed));
        check(seed, body, () -> {
            int previousEnd = 0;
            for (Link link : LinkScanner.scan(body)) {
                assertThat(link.start()).isGreaterThanOrEqualTo(link instanceof Link.Wiki ? previousEnd : 0);
                assertThat(body.substring(link.start(), link.end())).isEqualTo(link.raw());
                if (link instanceof Link.Markdown markdown) {
                    assertThat(markdown.destinationStart()).isBetween(link.start(), link.end());
                    assertThat(markdown.destinationEnd()).isBetween(markdown.destinationStart(), link.end());
                } else {
                    previousEnd = link.end();
                }
            }
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyWrittenLinkPointsAtAFileAndASecondRewriteChangesNothing(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String body = body(random);
        String note = NOTES.get(random.nextInt(NOTES.size()));
        LinkRewriter rewriter = new LinkRewriter(Vaults.INDEX, LinkStyle.MARKDOWN, EmbedStyle.LINK, Function.identity(), p -> Optional.empty());
        check(seed, body, () -> {
            String once = rewriter.rewrite(note, note, body).body();
            for (ReadBack.Seen seen : ReadBack.links(once)) {
                String destination = seen.destination();
                String path = destination.contains("#") ? destination.substring(0, destination.indexOf('#')) : destination;
                if (!Destinations.local(destination) || path.isEmpty()) {
                    continue;
                }
                String resolved = VaultPaths.normalize(VaultPaths.parent(note).isEmpty() ? path : VaultPaths.parent(note) + "/" + path);
                assertThat(resolved != null && Vaults.PATHS.contains(resolved) || body.contains(path) || Destinations.decode(body).contains(path))
                        .as("%s in %s", seen, once).isTrue();
            }
            assertThat(rewriter.rewrite(note, note, once).body()).isEqualTo(once);
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void rewritingNeverThrowsAndKeepLeavesTheBody(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, String> bodies = new HashMap<>();
        NOTES.forEach(note -> bodies.put(note, body(random)));
        bodies.put("Folder/Sub/Deep.md", "# One\n" + body(random) + "\n# Two ^blk\n![[Home]]" + body(random));
        String body = body(random);
        String note = NOTES.get(random.nextInt(NOTES.size()));
        EmbedSource source = path -> random.nextInt(10) == 0 ? Optional.empty() : Optional.ofNullable(bodies.get(path));
        check(seed, body, () -> {
            for (LinkStyle links : LinkStyle.values()) {
                for (EmbedStyle embeds : EmbedStyle.values()) {
                    LinkRewriter rewriter = new LinkRewriter(Vaults.INDEX, links, embeds, Function.identity(), source);
                    LinkRewriter.Result result = rewriter.rewrite(note, note, body);
                    assertThat(result.summary()).usingRecursiveComparison().ignoringFields("issues")
                            .isEqualTo(rewriter.summarize(note, body));
                    if (links == LinkStyle.KEEP && embeds == EmbedStyle.LINK) {
                        assertThat(result.body()).isEqualTo(body);
                    }
                }
            }
            assertThat(new LinkRewriter(VaultIndex.of(List.of()), LinkStyle.MARKDOWN, EmbedStyle.INLINE, Function.identity(), source)
                    .rewrite(note, note, body).body().replace(body, "")).as("an empty vault resolves only same-note links")
                    .satisfiesAnyOf(s -> assertThat(s).isEmpty(), s -> assertThat(body).contains("[[#"));
        });
    }
}
