package dev.smartnotes.notes;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The types of property values, as YAML 1.2's core schema gives them to a plain (unquoted) scalar:
 * {@code true}, {@code True}, {@code TRUE} and the same of {@code false} are a {@link Boolean};
 * {@code null}, {@code Null}, {@code NULL}, {@code ~} and the empty scalar are {@code null}; a number
 * in its canonical form is a {@link Long} (a {@link BigInteger} past a long's range) or a
 * {@link BigDecimal}; anything else is its text.
 *
 * <p><b>Canonical</b>, so that the text survives every reader, JavaScript's and Python's included:
 * <ul>
 *   <li>an integer is {@code 0} or {@code -?[1-9][0-9]*}: no sign {@code +}, no leading zero, no
 *       {@code -0} ({@code 01234} and {@code +1} stay text), of any size up to {@value #MAX_DIGITS}
 *       characters (the longest number a JSON reader of Jackson takes by default);
 *   <li>a decimal is {@code -?(0|[1-9][0-9]*)\.[0-9]*[1-9]}, no exponent and no trailing zero
 *       ({@code 1.10}, {@code 1.0} and {@code 1e3} stay text), at least 0.0001 in size (Python writes
 *       smaller ones with an exponent), and its digits are the shortest that give its double back,
 *       which is what JavaScript, Python and Java print for that double ({@code 0.1} is a number,
 *       {@code 0.10000000000000001} stays text).
 * </ul>
 * A text form is kept exactly: {@link #text} gives back the scalar's text for every typed value.
 */
public final class CoreSchema {
    private static final Pattern INTEGER = Pattern.compile("0|-?[1-9][0-9]*");
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)\\.[0-9]*[1-9]");
    static final int MAX_DIGITS = 1000;

    private CoreSchema() {}

    /** The value of a plain scalar with this text. */
    public static Object resolve(String plain) {
        return switch (plain) {
            case "", "~", "null", "Null", "NULL" -> null;
            case "true", "True", "TRUE" -> Boolean.TRUE;
            case "false", "False", "FALSE" -> Boolean.FALSE;
            default -> number(plain);
        };
    }

    private static Object number(String text) {
        char first = text.charAt(0);
        if (first != '-' && (first < '0' || first > '9')) {
            return text;
        }
        if (text.length() <= MAX_DIGITS && INTEGER.matcher(text).matches()) {
            BigInteger integer = new BigInteger(text);
            return integer.bitLength() < Long.SIZE ? (Object) integer.longValue() : integer;
        }
        if (DECIMAL.matcher(text).matches()) {
            double value = Double.parseDouble(text);
            BigDecimal decimal = Math.abs(value) >= 0.0001 ? new BigDecimal(text) : null;
            if (decimal != null && BigDecimal.valueOf(value).compareTo(decimal) == 0) { // valueOf: the shortest digits
                return decimal;
            }
        }
        return text;
    }

    /** The text form of a scalar value: the text it was written with; null for null. */
    public static String text(Object scalar) {
        return switch (scalar) {
            case null -> null;
            case BigDecimal decimal -> decimal.toPlainString();
            default -> scalar.toString();
        };
    }

    /**
     * The value in the types of this schema, lists and maps copied and unmodifiable (maps keep their
     * order, keys become text). A number of another type becomes the canonical form of its value
     * ({@code 4.0} becomes {@code 4}), or its text when it has none; any other object becomes its text.
     */
    static Object typed(Object value) {
        return switch (value) {
            case null -> null;
            case String text -> text;
            case Boolean bool -> bool;
            case Long integer -> integer;
            case BigDecimal decimal -> resolve(decimal.stripTrailingZeros().toPlainString());
            case Double real -> decimal(real);
            case Float real -> decimal(real.doubleValue());
            case Number number -> resolve(number.toString());
            case List<?> list -> Collections.unmodifiableList(copy(list));
            case Map<?, ?> map -> Collections.unmodifiableMap(copy(map));
            default -> value.toString();
        };
    }

    /** The value of a double as JSON readers see it: its shortest digits in canonical form, or its text. */
    static Object decimal(double value) {
        return Double.isFinite(value) ? resolve(BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()) : Double.toString(value);
    }

    private static List<Object> copy(List<?> list) {
        List<Object> copy = new ArrayList<>(list.size());
        list.forEach(item -> copy.add(typed(item)));
        return copy;
    }

    private static Map<String, Object> copy(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, item) -> copy.put(String.valueOf(key), typed(item)));
        return copy;
    }
}
