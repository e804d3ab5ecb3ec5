package dev.smartnotes.notes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void aHostileFileNameStaysOnOneLineAndCannotRepaintTheTerminal() {
        Problem problem = new Problem("notes/bad\nname\u001B[2J\u202Egpj.md", "unterminated front matter");
        assertThat(problem.toString())
                .isEqualTo("notes/bad\\u000Aname\\u001B[2J\\u202Egpj.md: unterminated front matter")
                .hasLineCount(1);
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        assertThat(new Problem("notes/Café, 日本語 😀.md", "invalid UTF-8 at byte 4").toString())
                .isEqualTo("notes/Café, 日本語 😀.md: invalid UTF-8 at byte 4");
    }
}
