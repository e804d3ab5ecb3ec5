package dev.smartnotes.notes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a property value such as {@code created} or {@code updated} as a point in time. It takes
 * <ul>
 *   <li>a date, {@code 2024-03-05}: its start in the given zone;
 *   <li>an ISO-8601 date-time, with {@code T} or a space between date and time, with an offset or
 *       {@code Z} ({@code 2024-03-05T10:00:00+01:00}, {@code 2024-03-05T09:00Z}) or without one, then
 *       in the given zone ({@code 2024-03-05 10:00});
 *   <li>other text that starts with a date: that date;
 *   <li>a number of seconds or milliseconds since 1970-01-01T00:00Z, as a number or as text: below
 *       {@value #MILLIS_FROM} in size it counts seconds (up to the year 5138), from there on
 *       milliseconds (from March 1973 on), so Dendron's {@code 1642531423151} is 2022-01-18.
 * </ul>
 * Anything else (a boolean, a list, {@code 12:30}) is no time at all.
 */
public final class PropertyTime {
    /** The size from which an epoch number counts milliseconds rather than seconds. */
    public static final long MILLIS_FROM = 100_000_000_000L;

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private PropertyTime() {}

    /** The day of the value in {@code zone}, if the value is a point in time. */
    public static Optional<LocalDate> day(Object value, ZoneId zone) {
        return instant(value, zone).map(instant -> LocalDate.ofInstant(instant, zone));
    }

    /** The value as an instant; a date or a date-time without an offset is taken in {@code zone}. */
    public static Optional<Instant> instant(Object value, ZoneId zone) {
        return switch (value) {
            case String text -> text(text.strip(), zone);
            case Number number -> epoch(number.toString());
            case null, default -> Optional.empty();
        };
    }

    private static Optional<Instant> text(String text, ZoneId zone) {
        if (NUMBER.matcher(text).matches()) {
            return epoch(text);
        }
        if (text.length() > 10 && text.charAt(10) == ' ') {
            text = text.substring(0, 10) + 'T' + text.substring(11);
        }
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
            return Optional.of(parsed instanceof OffsetDateTime offset ? offset.toInstant() : ((LocalDateTime) parsed).atZone(zone).toInstant());
        } catch (DateTimeException notADateTime) {
            return startsWithDate(text).map(day -> day.atStartOfDay(zone).toInstant());
        }
    }

    private static Optional<LocalDate> startsWithDate(String text) {
        if (text.length() < 10 || !DATE.matcher(text.substring(0, 10)).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.substring(0, 10)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> epoch(String number) {
        try {
            BigDecimal value = new BigDecimal(number);
            BigDecimal seconds = value.abs().compareTo(BigDecimal.valueOf(MILLIS_FROM)) >= 0 ? value.movePointLeft(3) : value;
            BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
            long nanos = seconds.subtract(whole).movePointRight(9).longValue();
            return Optional.of(Instant.ofEpochSecond(whole.longValueExact(), nanos));
        } catch (ArithmeticException | NumberFormatException | DateTimeException e) {
            return Optional.empty(); // out of range, or not a number (a double's NaN)
        }
    }
}
