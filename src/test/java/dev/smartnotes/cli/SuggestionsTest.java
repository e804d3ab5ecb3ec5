package dev.smartnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {
    private static final List<String> OPTIONS = List.of("--format", "--force", "--fsync", "--notes", "--out", "--verbose", "--prune", "-q", "-v");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "none", value = {
        "--fromat, --format", "--formta, --format", "--fromat=json, --format", "--frce, --force", "--note, --notes",
        "--verbos, --verbose", "--purne, --prune", "--nots, --notes", "--xyzzy, none", "--incremental, none", "-x, none", "--fo, none",
    })
    void aTypoNamesTheOptionMeant(String typed, String meant) {
        assertThat(Suggestions.closest(typed, OPTIONS).orElse(null)).isEqualTo(meant);
    }
}
