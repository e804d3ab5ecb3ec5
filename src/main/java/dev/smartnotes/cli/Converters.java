package dev.smartnotes.cli;

import dev.smartnotes.export.Latency;
import dev.smartnotes.notes.Sizes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option converters whose messages say what a valid value looks like. */
final class Converters {
    private Converters() {}

    static final class LatencyConverter implements ITypeConverter<Latency> {
        @Override
        public Latency convert(String value) {
            try {
                return Latency.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class SizeConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return Sizes.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a size (try 10MB or 512KB)");
            }
        }
    }

    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date (yyyy-mm-dd, such as 2026-03-01)");
            }
        }
    }

    /**
     * A value of {@code type}, in any case; a wrong one is told with the values written as the help
     * and the user write them, in lower case (picocli's own message names the constants: MARKDOWN, KEEP).
     */
    static <E extends Enum<E>> ITypeConverter<E> anyCase(Class<E> type) {
        List<E> values = List.of(type.getEnumConstants());
        return value -> values.stream().filter(e -> e.name().equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> new TypeConversionException("expected one of "
                        + values.stream().map(e -> e.name().toLowerCase(Locale.ROOT)).toList() + " (case-insensitive) but was '" + value + "'"));
    }
}
