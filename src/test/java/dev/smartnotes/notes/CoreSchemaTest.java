package dev.smartnotes.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CoreSchemaTest {

    @Test
    void booleansAndNullsAreTheCoreSchemasOnly() {
        for (String yes : List.of("true", "True", "TRUE")) {
            assertThat(CoreSchema.resolve(yes)).isEqualTo(true);
        }
        for (String no : List.of("false", "False", "FALSE")) {
            assertThat(CoreSchema.resolve(no)).isEqualTo(false);
        }
        for (String nothing : List.of("null", "Null", "NULL", "~", "")) {
            assertThat(CoreSchema.resolve(nothing)).isNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"NO", "no", "off", "On", "yes", "y", "tRUE", "nULL", "01234", "+1", "-0", "00", "1.10", "1.0", "1.", ".5", "-.5",
        "1e3", "1E3", "0x1F", "0o17", ".inf", "-.inf", ".nan", "NaN", "Infinity", "2024-01-01", "12:30", "1_000", "0.00001",
        "0.00009999999999999999", "-0.0000999999999999999999", "0.000099999",
        "0.10000000000000001", "12345678901234567.5", "1 000", " 1", "٣", "4.0000000000000001", "- 1"})
    void everythingElseKeepsItsText(String text) {
        assertThat(CoreSchema.resolve(text)).isEqualTo(text);
    }

    @Test
    void canonicalIntegersAreLongsOrBigIntegers() {
        assertThat(CoreSchema.resolve("0")).isEqualTo(0L);
        assertThat(CoreSchema.resolve("4")).isEqualTo(4L);
        assertThat(CoreSchema.resolve("-12")).isEqualTo(-12L);
        assertThat(CoreSchema.resolve("1642531423151")).isEqualTo(1642531423151L);
        assertThat(CoreSchema.resolve("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
        assertThat(CoreSchema.resolve("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
        assertThat(CoreSchema.resolve("9223372036854775808")).isEqualTo(new BigInteger("9223372036854775808"));
        assertThat(CoreSchema.resolve("-123456789012345678901234567890")).isEqualTo(new BigInteger("-123456789012345678901234567890"));
        String longest = "9".repeat(CoreSchema.MAX_DIGITS);
        assertThat(CoreSchema.resolve(longest)).isEqualTo(new BigInteger(longest));
        assertThat(CoreSchema.resolve(longest + "9")).isEqualTo(longest + "9");
    }

    static IntStream seeds() {
        return IntStream.range(0, 400);
    }

    /** The rule as the class documents it, with exact decimal arithmetic: at least 0.0001 in size, the shortest digits of its double. */
    @ParameterizedTest
    @MethodSource("seeds")
    void aDecimalIsANumberExactlyWhenItIsLargeEnoughAndTheShortestFormOfItsDouble(int seed) {
        Random random = new Random(seed);
        String digits = random.nextBoolean() ? String.valueOf(random.nextInt(1000)) : "0";
        String fraction = "0".repeat(random.nextInt(6)) + (1 + random.nextInt(999_999)) + (random.nextInt(4) == 0 ? "000000000001" : "");
        String text = (random.nextBoolean() ? "-" : "") + digits + "." + fraction.replaceAll("0+$", "");
        BigDecimal exact = new BigDecimal(text);
        boolean number = exact.abs().compareTo(new BigDecimal("0.0001")) >= 0
                && BigDecimal.valueOf(Double.parseDouble(text)).compareTo(exact) == 0;
        assertThat(CoreSchema.resolve(text)).as(text).isEqualTo(number ? exact : text);
    }

    @Test
    void decimalsAreNumbersWhenTheirTextIsTheShortestFormOfTheirDouble() {
        for (String text : List.of("3.5", "-0.25", "0.1", "0.0001", "-0.0001", "0.30000000000000004", "123456.789", "9007199254740.5",
                "2.2250738585072014", "0.3333333333333333")) {
            assertThat(CoreSchema.resolve(text)).as(text).isEqualTo(new BigDecimal(text));
            assertThat(CoreSchema.text(CoreSchema.resolve(text))).isEqualTo(text);
            // What JavaScript's String(JSON.parse(text)) and Python's repr(float(text)) give: the shortest digits of the double.
            assertThat(BigDecimal.valueOf(Double.parseDouble(text)).stripTrailingZeros().toPlainString()).isEqualTo(text);
        }
    }

    @Test
    void theTextOfEveryTypedValueIsTheTextItCameFrom() {
        for (String text : List.of("true", "false", "4", "-12", "3.5", "0.0001", "123456789012345678901234567890", "draft")) {
            assertThat(CoreSchema.text(CoreSchema.resolve(text))).isEqualTo(text);
        }
        assertThat(CoreSchema.text(null)).isNull();
        assertThat(CoreSchema.text(Boolean.TRUE)).isEqualTo("true");
    }

    @Test
    void otherJavaValuesBecomeTheCanonicalFormOfTheirValueOrText() {
        assertThat(CoreSchema.typed(4)).isEqualTo(4L);
        assertThat(CoreSchema.typed(4.0)).isEqualTo(4L);
        assertThat(CoreSchema.typed(3.5f)).isEqualTo(new BigDecimal("3.5"));
        assertThat(CoreSchema.typed(0.1 + 0.2)).isEqualTo(new BigDecimal("0.30000000000000004"));
        assertThat(CoreSchema.typed(new BigDecimal("1.10"))).isEqualTo(new BigDecimal("1.1"));
        assertThat(CoreSchema.typed(BigInteger.TEN)).isEqualTo(10L);
        assertThat(CoreSchema.typed(1e-7)).isEqualTo("0.0000001");
        assertThat(CoreSchema.typed(Double.NaN)).isEqualTo("NaN");
        assertThat(CoreSchema.typed(java.time.LocalDate.of(2024, 1, 1))).isEqualTo("2024-01-01");
    }

    @Test
    void listsAndMapsAreCopiedUnmodifiableInTheirOrder() {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put("z", 1);
        map.put(2, new ArrayList<>(Arrays.asList("x", null)));
        map.put("a", null);
        Object typed = CoreSchema.typed(map);
        assertThat(typed).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> copy = (Map<String, Object>) typed;
        assertThat(copy.keySet()).containsExactly("z", "2", "a");
        assertThat(copy.get("z")).isEqualTo(1L);
        assertThat(copy.get("2")).isEqualTo(Arrays.asList("x", null));
        map.clear();
        assertThat(copy).hasSize(3);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> copy.put("b", 1)).isInstanceOf(UnsupportedOperationException.class);
    }
}
