package io.tributary.core.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class SpeedViewLayoutTest {
    private static final DateTimeFormatter REFERENCE = DateTimeFormatter.ofPattern("yyyyMMddHH").withZone(ZoneOffset.UTC);

    @Test
    void theHourTextIsTheUtcHourInFixedWidth() {
        assertThat(SpeedViewLayout.rowText("C0000042", Instant.parse("2026-11-26T10:00:00Z"), "EUR"))
            .isEqualTo("C0000042\u00002026112610EUR");
        assertThat(SpeedViewLayout.hourText(Instant.parse("2026-01-02T03:59:59.999Z"))).isEqualTo("2026010203");
        assertThat(SpeedViewLayout.hourText(Instant.parse("0999-12-31T23:00:00Z"))).isEqualTo("0999123123");
    }

    @Test
    void theHourTextMatchesThePatternOverManyYearsOfHours() {
        // every 7th hour from 1969 to 2041 (leap days, year ends, the epoch)
        for (long t = Instant.parse("1969-01-01T00:00:00Z").getEpochSecond();
             t < Instant.parse("2041-01-01T00:00:00Z").getEpochSecond(); t += 7 * 3600 + 61) {
            Instant i = Instant.ofEpochSecond(t);
            String text = SpeedViewLayout.hourText(i);
            assertThat(text).isEqualTo(REFERENCE.format(i));
            Instant hour = Instant.ofEpochSecond(t - Math.floorMod(t, 3600));
            assertThat(SpeedViewLayout.parse("C1\0" + text + "USD"))
                .isEqualTo(new SpeedViewLayout.Row("C1", hour, "USD"));
        }
    }

    @Test
    void badKeysAreRefused() {
        for (String bad : new String[] {"C1\u00002026112610EU", "C1|2026112610EUR", "C1\u00002026x12610EUR",
            "C1\u00002026132610EUR", "C1\u00002026023010EUR", "C1\u00002026112625EUR"}) {
            assertThatThrownBy(() -> SpeedViewLayout.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
