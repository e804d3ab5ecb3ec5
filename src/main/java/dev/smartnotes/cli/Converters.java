package dev.smartnotes.cli;

import dev.smartnotes.export.Latency;
import dev.smartnotes.notes.Sizes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
}
