package dev.smartnotes.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

    @Test
    void onlyPlainUntaggedScalarsAreTyped() throws Exception {
        Map<String, Object> fields = FrontMatter.parse("""
                plain: true
                double: "true"
                single: '4'
                literal: |
                  3.5
                folded: >
                  false
                tagged: !!int 12
                string: !!str 12
                custom: !thing null
                number: 3.5
                """);
        assertThat(fields).containsEntry("plain", true).containsEntry("double", "true").containsEntry("single", "4")
                .containsEntry("literal", "3.5\n").containsEntry("folded", "false\n").containsEntry("tagged", "12")
                .containsEntry("string", "12").containsEntry("custom", "null").containsEntry("number", new BigDecimal("3.5"));
    }

    @Test
    void keysKeepTheirOrderAndTheirText() throws Exception {
        Map<String, Object> fields = FrontMatter.parse("""
                zeta: 1
                日付: 2024-01-01
                "quoted key": x
                4: four
                true: yes
                ~: tilde
                alpha:
                  z: 1
                  a:
                    - b
                    - 2
                """);
        assertThat(fields.keySet()).containsExactly("zeta", "日付", "quoted key", "4", "true", "~", "alpha");
        assertThat(fields).containsEntry("true", "yes").containsEntry("日付", "2024-01-01");
        @SuppressWarnings("unchecked")
        Map<String, Object> alpha = (Map<String, Object>) fields.get("alpha");
        assertThat(alpha.keySet()).containsExactly("z", "a");
        assertThat(alpha.get("a")).isEqualTo(List.of("b", 2L));
    }

    @Test
    void nothingIsAnEmptyMapping() throws Exception {
        assertThat(FrontMatter.parse("")).isEmpty();
        assertThat(FrontMatter.parse("# only a comment\n")).isEmpty();
        assertThat(FrontMatter.parse("~\n")).isEmpty();
    }

    @Test
    void anAnchorWithoutAliasIsHarmless() throws Exception {
        assertThat(FrontMatter.parse("a: &x [1]\n")).containsEntry("a", List.of(1L));
    }

    @Test
    void refusesWhatItCannotHoldWithOneClearLine() {
        assertThatThrownBy(() -> FrontMatter.parse("a: &x 1\nb: *x\n")).hasMessage("YAML aliases (*x) are not supported in front matter");
        assertThatThrownBy(() -> FrontMatter.parse("*x : 1\n")).hasMessageContaining("YAML aliases");
        assertThatThrownBy(() -> FrontMatter.parse("a: 1\nb: 2\n\"a\": 3\n")).hasMessage("duplicate front-matter key 'a'");
        assertThatThrownBy(() -> FrontMatter.parse("a: 1\n---\nb: 2\n")).hasMessage("front matter holds more than one YAML document");
        assertThatThrownBy(() -> FrontMatter.parse("- a\n")).hasMessage("front matter is not a YAML mapping of fields");
        assertThatThrownBy(() -> FrontMatter.parse("text\n")).hasMessage("front matter is not a YAML mapping of fields");
        assertThatThrownBy(() -> FrontMatter.parse("? [a]\n: b\n")).hasMessage("front-matter keys must be text, not a list or a mapping");
        assertThatThrownBy(() -> FrontMatter.parse("a: [b\n")).hasMessageStartingWith("invalid YAML front matter: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> FrontMatter.parse("a: \"" + "x".repeat(FrontMatter.MAX_CHARS) + "\"\n"))
                .hasMessage("front matter is over 256 KiB");
    }

    @Test
    void nestsUpToTheLimit() throws Exception {
        // The mapping is level 1: 31 lists inside it reach the limit, one more goes past it.
        String deepest = "a: " + "[".repeat(FrontMatter.MAX_DEPTH - 1) + "]".repeat(FrontMatter.MAX_DEPTH - 1) + "\n";
        assertThat(FrontMatter.parse(deepest)).containsKey("a");
        String deeper = "a: " + "[".repeat(FrontMatter.MAX_DEPTH) + "]".repeat(FrontMatter.MAX_DEPTH) + "\n";
        assertThatThrownBy(() -> FrontMatter.parse(deeper)).hasMessage("front matter is nested deeper than 32 levels");
    }
}
