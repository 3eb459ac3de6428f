package io.tributary.cli.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EventTimesTest {

    @Test
    void writesTheInstantItIsGiven() {
        SplittableRandom rng = new SplittableRandom(1);
        int[] offsets = {0, 60, 330, -210, 840, -660};
        for (int i = 0; i < 20_000; i++) {
            long millis = rng.nextLong(0, 4_102_444_800_000L); // 1970 .. 2100
            int fraction = new int[] {0, 3, 6}[rng.nextInt(3)];
            if (fraction == 0) {
                millis = millis / 1000 * 1000;
            }
            int offset = offsets[rng.nextInt(offsets.length)];
            String text = EventTimes.format(millis, offset, fraction);
            OffsetDateTime parsed = OffsetDateTime.parse(text);
            assertThat(parsed.toInstant()).as(text).isEqualTo(Instant.ofEpochMilli(millis));
            assertThat(parsed.getOffset().getTotalSeconds()).isEqualTo(offset * 60);
        }
    }

    @Test
    void shapes() {
        long t = Instant.parse("2026-11-20T23:30:05.120Z").toEpochMilli();
        assertThat(EventTimes.format(t, 0, 3)).isEqualTo("2026-11-20T23:30:05.120Z");
        assertThat(EventTimes.format(t, 0, 6)).isEqualTo("2026-11-20T23:30:05.120000Z");
        // The offset moves the local date to the next day; the instant stays on the 20th (UTC).
        assertThat(EventTimes.format(t, 120, 3)).isEqualTo("2026-11-21T01:30:05.120+02:00");
        assertThat(EventTimes.format(t - 120, -210, 0)).isEqualTo("2026-11-20T20:00:05-03:30");
    }
}
