package dev.smartnotes.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NoteParserTest {

    private static Note parse(String text) throws NoteException {
        return NoteParser.parse("folder/My note.md", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsKnownFieldsAndKeepsTheOthers() throws Exception {
        Note note = parse("""
                ---
                id: n1
                title: "Plan, with a comma"
                tags: [work, "idea"]
                created: 2024-01-01
                updated: 2024-02-03T10:00:00
                status: draft
                nested: {a: [1, 2], b: ~}
                ---
                # Heading

                Body text.
                """);
        assertThat(note.path()).isEqualTo("folder/My note.md");
        assertThat(note.id()).isEqualTo("n1");
        assertThat(note.title()).isEqualTo("Plan, with a comma");
        assertThat(note.tags()).containsExactly("work", "idea");
        assertThat(note.created()).isEqualTo("2024-01-01");
        assertThat(note.updated()).isEqualTo("2024-02-03T10:00:00");
        assertThat(note.fields()).containsEntry("status", "draft");
        assertThat(note.fields().get("nested")).isEqualTo(new java.util.LinkedHashMap<>(Map.of("a", List.of(1L, 2L))) {{
            put("b", null);
        }});
        assertThat(note.body().text()).isEqualTo("# Heading\n\nBody text.\n");
        assertThat(note.frontMatter()).startsWith("---\nid: n1\n").endsWith("nested: {a: [1, 2], b: ~}\n---\n");
    }

    @Test
    void propertiesKeepTheirTypesAndOrder() throws Exception {
        Note note = parse("""
                ---
                publish: true
                rating: 4
                created: 1642531423151
                updated: "1655505397387"
                quoted: "true"
                single: 'false'
                score: -3.5
                big: 123456789012345678901234567890
                nothing:
                tilde: ~
                zebra: {z: 1, a: [x, 2, null], m: {deep: False}}
                ---
                """);
        assertThat(note.created()).isEqualTo(1642531423151L);
        assertThat(note.updated()).isEqualTo("1655505397387");
        assertThat(note.fields().keySet()).containsExactly("publish", "rating", "quoted", "single", "score", "big", "nothing", "tilde", "zebra");
        assertThat(note.fields()).containsEntry("publish", true).containsEntry("rating", 4L).containsEntry("quoted", "true")
                .containsEntry("single", "false").containsEntry("score", new java.math.BigDecimal("-3.5"))
                .containsEntry("big", new java.math.BigInteger("123456789012345678901234567890"))
                .containsEntry("nothing", null).containsEntry("tilde", null);
        assertThat(NoteJson.compact(note.fields())).endsWith("\"zebra\":{\"z\":1,\"a\":[\"x\",2,null],\"m\":{\"deep\":false}}}");
    }

    @Test
    void theTitleAndIdAreTheTextOfAnyValue() throws Exception {
        Note note = parse("---\ntitle: 2024\nid: 12\ntags: [1, true, x]\n---\n");
        assertThat(note.title()).isEqualTo("2024");
        assertThat(note.id()).isEqualTo("12");
        assertThat(note.tags()).containsExactly("1", "true", "x");
        assertThat(parse("---\ntags: 2024\n---\n").tags()).containsExactly("2024");
    }

    @Test
    void keepsTheFrontMatterAsWrittenWithoutTheByteOrderMark() throws Exception {
        String frontMatter = "---  \r\n# a comment\r\ntitle:   'Spaced'   \r\nlist:\r\n- a\r\n...\r\n";
        Note note = parse("\uFEFF" + frontMatter + "Body\r\n");
        assertThat(note.frontMatter()).isEqualTo(frontMatter);
        assertThat(note.fields()).containsEntry("list", List.of("a"));
        assertThat(parse("No front matter\n").frontMatter()).isEmpty();
        assertThat(parse("---\ntitle: Only\n---").frontMatter()).isEqualTo("---\ntitle: Only\n---");
    }

    @Test
    void tagsMayBeACommaSeparatedText() throws Exception {
        assertThat(parse("---\ntags: work, idea ,, later\n---\n").tags()).containsExactly("work", "idea", "later");
    }

    @Test
    void valuesKeepTheirText() throws Exception {
        Note note = parse("---\ntitle: NO\nid: 01234\ncreated: 2024-01-01\nupdated: 12:30\na: off\nb: 1.10\nc: yes\nd: 0x1F\n---\n");
        assertThat(note.title()).isEqualTo("NO");
        assertThat(note.id()).isEqualTo("01234");
        assertThat(note.created()).isEqualTo("2024-01-01");
        assertThat(note.updated()).isEqualTo("12:30");
        assertThat(note.fields()).containsEntry("a", "off").containsEntry("b", "1.10").containsEntry("c", "yes").containsEntry("d", "0x1F");
    }

    @Test
    void titleFallsBackToTheFirstHeadingOutsideCodeThenToTheFileName() throws Exception {
        assertThat(parse("```\n# not this\n```\n## Sub\n# The heading #\n").title()).isEqualTo("The heading");
        assertThat(parse("no heading at all").title()).isEqualTo("My note");
        assertThat(parse("---\ntitle:\n---\n# From heading\n").title()).isEqualTo("From heading");
        assertThat(parse("---\ntitle: null\n---\ntext\n").title()).isEqualTo("My note");
        assertThat(parse("---\ntitle: '   '\n---\ntext\n").title()).isEqualTo("My note");
        assertThat(parse("---\ntitle: \"null\"\n---\n").title()).isEqualTo("null");
    }

    @Test
    void acceptsByteOrderMarkAndCrlf() throws Exception {
        Note note = parse("\uFEFF---\r\ntitle: Windows\r\ntags: [a]\r\n---\r\nLine one\r\nLine two\r\n");
        assertThat(note.title()).isEqualTo("Windows");
        assertThat(note.tags()).containsExactly("a");
        assertThat(note.body().text()).isEqualTo("Line one\r\nLine two\r\n");
    }

    @Test
    void anEmptyFileIsAnEmptyNote() throws Exception {
        Note note = parse("");
        assertThat(note.title()).isEqualTo("My note");
        assertThat(note.body().text()).isEmpty();
        assertThat(note.fields()).isEmpty();
    }

    @Test
    void aThematicBreakLaterInTheBodyIsNotFrontMatter() throws Exception {
        Note note = parse("Intro\n\n---\n\nMore\n");
        assertThat(note.body().text()).isEqualTo("Intro\n\n---\n\nMore\n");
        assertThat(note.fields()).isEmpty();
    }

    @Test
    void frontMatterOnlyWithNoBody() throws Exception {
        Note note = parse("---\ntitle: Only\n---");
        assertThat(note.title()).isEqualTo("Only");
        assertThat(note.body().text()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "---\ntitle: never closed\n",
        "---\ntitle: [unclosed\n---\n",
        "---\n- a\n- b\n---\n",
        "---\ntitle: a\ntitle: b\n---\n",
        "---\na: &x hello\nb: *x\n---\n",
        "---\ntitle: [a, b]\n---\n",
        "---\ntags: {a: b}\n---\n",
        "---\ntags: [[a]]\n---\n",
        "---\ncreated: [2024-01-01]\n---\n",
        "---\n[a]: b\n---\n",
        "---\njust text\n---\n",
        "---\nobj: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]\ntitle: [x]\n---\n",
    })
    void rejectsBadFrontMatterWithOneLine(String text) {
        assertThatThrownBy(() -> parse(text)).isInstanceOf(NoteException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").isNotBlank());
    }

    @Test
    void typeTagsAreNeverInstantiated() throws Exception {
        Note note = parse("---\nobj: !!javax.script.ScriptEngineManager [x]\nbin: !!binary aGVsbG8=\n---\n");
        assertThat(note.fields()).containsEntry("obj", List.of("x")).containsEntry("bin", "aGVsbG8=");
    }

    @Test
    void rejectsDeepNestingQuickly() {
        String deep = "---\na: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n---\n";
        long start = System.nanoTime();
        assertThatThrownBy(() -> parse(deep)).isInstanceOf(NoteException.class);
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    }

    @Test
    void rejectsOversizedFrontMatter() {
        String big = "---\na: \"" + "x".repeat(FrontMatter.MAX_CHARS) + "\"\n---\n";
        assertThatThrownBy(() -> parse(big)).hasMessageContaining("front matter is over");
    }

    @Test
    void rejectsInvalidUtf8AndBinary() {
        assertThatThrownBy(() -> NoteParser.parse("x.md", new byte[] {'a', (byte) 0xC3, '(', 'b'}))
                .hasMessage("invalid UTF-8 at byte 1");
        assertThatThrownBy(() -> NoteParser.parse("x.md", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}))
                .hasMessageStartingWith("binary file");
    }

    /**
     * The byte scan says what the JDK's reporting decoder says, at the same byte, for random bytes
     * made of ASCII, well-formed characters of every length, and the bytes UTF-8 forbids or limits.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theUtf8CheckAgreesWithTheJdkDecoder(long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        int[] tricky = {0x00, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0x9F, 0xA0, 0x8F, 0x90};
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = random.nextInt(40); i > 0; i--) {
            switch (random.nextInt(5)) {
                case 0 -> bytes.write('a' + random.nextInt(26));
                case 1 -> bytes.writeBytes(Character.toString(random.nextInt(0x80, 0x110000)).getBytes(StandardCharsets.UTF_8));
                case 2 -> bytes.write(tricky[random.nextInt(tricky.length)]);
                case 3 -> bytes.writeBytes(FORBIDDEN[random.nextInt(FORBIDDEN.length)]);
                default -> bytes.write(random.nextInt(256) | (random.nextBoolean() ? 0x80 : 0));
            }
        }
        byte[] input = bytes.toByteArray();
        String expected = jdkVerdict(input);
        String actual;
        try {
            NoteParser.checkText(input);
            actual = "ok";
        } catch (NoteException e) {
            actual = e.getMessage();
        }
        assertThat(actual).as("seed %d: %s", seed, java.util.HexFormat.ofDelimiter(" ").formatHex(input)).isEqualTo(expected);
    }

    /** Overlong forms, surrogates, above U+10FFFF, cut short: each next to its well-formed neighbour. */
    private static final byte[][] FORBIDDEN = java.util.stream.Stream.of(
                    "C0 80", "C1 BF", "C2 80", "E0 80 80", "E0 9F BF", "E0 A0 80", "ED A0 80", "ED BF BF", "ED 9F BF", "EE 80 80",
                    "F0 80 80 80", "F0 8F BF BF", "F0 90 80 80", "F4 8F BF BF", "F4 90 80 80", "F5 80 80 80", "E2 82", "F0 9F 98")
            .map(hex -> java.util.HexFormat.ofDelimiter(" ").parseHex(hex))
            .toArray(byte[][]::new);

    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.range(0, 2_000);
    }

    /** What the parser said before it checked the bytes itself: the first NUL, else the JDK decoder's first error. */
    private static String jdkVerdict(byte[] input) {
        for (int i = 0; i < input.length; i++) {
            if (input[i] == 0) {
                return "binary file, not Markdown (NUL byte at offset " + i + ")";
            }
        }
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(input);
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(in);
            return "ok";
        } catch (java.nio.charset.CharacterCodingException e) {
            return "invalid UTF-8 at byte " + in.position();
        }
    }

    /** The heading fallback reads lines from the bytes: it must find what a scan of the decoded text finds. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theHeadingFoundInTheBytesIsTheOneFoundInTheText(long seed) throws NoteException {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        String[] starts = {"", " ", "   ", "    ", "\t", "\u3000", "\u2003 ", "\u00A0", "\r"};
        String[] bodies = {"# Title", "#", "# ", "## Sub", "#Title", "# é ##", "# ##", "```", "~~~", "```java", "text", "é", "- item",
            "# Crème brûlée #", "\uFEFF# x", ""};
        StringBuilder body = new StringBuilder();
        for (int i = random.nextInt(8); i >= 0; i--) {
            body.append(starts[random.nextInt(starts.length)]).append(bodies[random.nextInt(bodies.length)])
                    .append(random.nextInt(4) == 0 ? "\r\n" : "\n");
        }
        if (random.nextBoolean()) {
            body.setLength(Math.max(0, body.length() - 1));
        }
        String text = body.toString();
        String expected = headingInText(text.startsWith("\uFEFF") ? text.substring(1) : text); // a byte-order mark opens the file
        assertThat(Headings.first(text)).as("seed %d: [%s]", seed, text).isEqualTo(headingInText(text));
        assertThat(NoteParser.parse("x.md", text.getBytes(StandardCharsets.UTF_8)).title()).as("seed %d, from the bytes: [%s]", seed, text)
                .isEqualTo(expected == null ? "x" : expected);
    }

    /** The fallback as it was written over decoded text. */
    private static String headingInText(String body) {
        String fence = null;
        int start = 0;
        while (start < body.length()) {
            int end = body.indexOf('\n', start);
            end = end < 0 ? body.length() : end;
            String raw = body.substring(start, end > start && body.charAt(end - 1) == '\r' ? end - 1 : end);
            start = end + 1;
            String line = raw.stripLeading();
            if (line.startsWith("```") || line.startsWith("~~~")) {
                String marker = line.substring(0, 3);
                fence = fence == null ? marker : marker.equals(fence) ? null : fence;
                continue;
            }
            if (fence == null && raw.length() - line.length() < 4 && (line.startsWith("# ") || line.equals("#"))) {
                String heading = line.substring(1).strip().replaceFirst("\\s+#+$", "").strip();
                if (!heading.isEmpty() && !heading.chars().allMatch(c -> c == '#')) {
                    return heading;
                }
            }
        }
        return null;
    }
}
