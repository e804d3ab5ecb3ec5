package dev.smartnotes.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PropertyTimeTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Instant instant(Object value) {
        return PropertyTime.instant(value, BERLIN).orElse(null);
    }

    @Test
    void aDateStartsInTheZone() {
        assertThat(instant("2024-03-05")).isEqualTo(Instant.parse("2024-03-04T23:00:00Z"));
        assertThat(PropertyTime.day(" 2024-03-05 ", BERLIN)).contains(LocalDate.of(2024, 3, 5));
    }

    @Test
    void dateTimesWithAnOffsetAreThatInstant() {
        assertThat(instant("2024-03-05T10:00:00+01:00")).isEqualTo(Instant.parse("2024-03-05T09:00:00Z"));
        assertThat(instant("2024-03-05T10:00Z")).isEqualTo(Instant.parse("2024-03-05T10:00:00Z"));
        assertThat(instant("2024-03-05t10:00:00.250z")).isEqualTo(Instant.parse("2024-03-05T10:00:00.250Z"));
        assertThat(instant("2024-03-05T10:00:00+01:00[Europe/Paris]")).isEqualTo(Instant.parse("2024-03-05T09:00:00Z"));
        // A late evening in New York is the next day in Berlin.
        assertThat(PropertyTime.day("2024-03-05T23:30:00-05:00", BERLIN)).contains(LocalDate.of(2024, 3, 6));
    }

    @Test
    void dateTimesWithoutAnOffsetAreInTheZone() {
        assertThat(instant("2024-03-05T10:00:00")).isEqualTo(Instant.parse("2024-03-05T09:00:00Z"));
        assertThat(instant("2024-03-05 10:00")).isEqualTo(Instant.parse("2024-03-05T09:00:00Z"));
        assertThat(instant("2024-07-05 10:00:00.5")).isEqualTo(Instant.parse("2024-07-05T08:00:00.5Z"));
        assertThat(PropertyTime.day("2024-03-05 23:59", BERLIN)).contains(LocalDate.of(2024, 3, 5));
    }

    @Test
    void otherTextThatStartsWithADateIsThatDate() {
        assertThat(PropertyTime.day("2024-03-05T10:00:00+0100", BERLIN)).contains(LocalDate.of(2024, 3, 5));
        assertThat(PropertyTime.day("2024-03-05, after lunch", BERLIN)).contains(LocalDate.of(2024, 3, 5));
    }

    @Test
    void epochNumbersCountSecondsBelowAHundredBillionElseMilliseconds() {
        Instant dendron = Instant.parse("2022-01-18T18:43:43.151Z");
        assertThat(instant(1642531423151L)).isEqualTo(dendron);
        assertThat(instant("1642531423151")).isEqualTo(dendron);
        assertThat(instant(new BigInteger("1642531423151"))).isEqualTo(dendron);
        assertThat(instant(1642531423L)).isEqualTo(Instant.parse("2022-01-18T18:43:43Z"));
        assertThat(instant("1642531423")).isEqualTo(Instant.parse("2022-01-18T18:43:43Z"));
        assertThat(instant(new BigDecimal("1642531423.5"))).isEqualTo(Instant.parse("2022-01-18T18:43:43.500Z"));
        assertThat(instant(PropertyTime.MILLIS_FROM - 1)).isEqualTo(Instant.ofEpochSecond(PropertyTime.MILLIS_FROM - 1));
        assertThat(instant(PropertyTime.MILLIS_FROM)).isEqualTo(Instant.ofEpochMilli(PropertyTime.MILLIS_FROM));
        assertThat(instant(-86_400L)).isEqualTo(Instant.parse("1969-12-31T00:00:00Z"));
        assertThat(PropertyTime.day(1655505397387L, BERLIN)).contains(LocalDate.of(2022, 6, 18));
    }

    @Test
    void anythingElseIsNoTime() {
        for (Object value : new Object[] {null, "", "12:30", "soon", "2024-13-01", "2024-02-30", true, List.of("2024-01-01"),
                Map.of("at", "2024-01-01"), new BigInteger("9".repeat(40)), Double.NaN}) {
            assertThat(PropertyTime.instant(value, BERLIN)).as("%s", value).isEmpty();
        }
    }
}
