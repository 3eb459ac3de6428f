package io.tributary.speed.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InputLagTest {
    @Test
    void aPartitionIsBehindByTheRecordsAfterItsCommittedOffset() {
        assertThat(InputLag.lagOf(Map.of(0, 100L, 1, 50L), Map.of(0, 0L, 1, 0L), Map.of(0, 60L, 1, 50L)))
            .containsExactly(Map.entry(0, 40L), Map.entry(1, 0L));
    }

    @Test
    void withoutACommittedOffsetTheWholeRetainedLogIsBehind() {
        assertThat(InputLag.lagOf(Map.of(0, 100L, 1, 0L), Map.of(0, 30L, 1, 0L), Map.of()))
            .containsExactly(Map.entry(0, 70L), Map.entry(1, 0L));
    }

    @Test
    void anOffsetBehindTheRetentionCountsFromTheLogStartAndLagIsNeverNegative() {
        assertThat(InputLag.lagOf(Map.of(0, 100L, 1, 10L), Map.of(0, 90L, 1, 0L), Map.of(0, 5L, 1, 12L)))
            .containsExactly(Map.entry(0, 10L), Map.entry(1, 0L));
    }
}
