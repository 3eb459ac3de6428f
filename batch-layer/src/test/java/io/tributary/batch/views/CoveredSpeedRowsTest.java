package io.tributary.batch.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoveredSpeedRowsTest {
    static CoveredSpeedRows.Row row(String customer, String hour, String currency, long seen, long kafka) {
        return new CoveredSpeedRows.Row(customer, Instant.parse(hour), currency, seen, kafka);
    }

    @Test
    void rowsWithNothingPendingAreDeletable() {
        assertThat(CoveredSpeedRows.deletable(List.of(
            row("C1", "2026-11-20T10:00:00Z", "EUR", 3, 3),
            row("C1", "2026-11-20T11:00:00Z", "EUR", 2, 5), // batch counted more (speed started late): 0 pending
            row("C2", "2026-11-20T10:00:00Z", "EUR", 0, 0))))
            .containsExactly(true, true, true);
    }

    @Test
    void aPendingHourKeepsEveryRowOfItsCustomerCurrencyAndDay() {
        // deleting 11:00 would take its seen out of the day's sum: day pending 7 - 5 = 2 would become 5 - 5 = 0
        assertThat(CoveredSpeedRows.deletable(List.of(
            row("C1", "2026-11-20T10:00:00Z", "EUR", 5, 3),
            row("C1", "2026-11-20T11:00:00Z", "EUR", 2, 2),
            row("C1", "2026-11-20T12:00:00Z", "USD", 2, 2),  // other currency
            row("C1", "2026-11-21T10:00:00Z", "EUR", 2, 2),  // other day
            row("C2", "2026-11-20T11:00:00Z", "EUR", 2, 2))))  // other customer
            .containsExactly(false, false, true, true, true);
    }

    @Test
    void pendingFollowsTheServingRule() {
        assertThat(row("C", "2026-11-20T10:00:00Z", "EUR", 4, 1).pending()).isEqualTo(3);
        assertThat(row("C", "2026-11-20T10:00:00Z", "EUR", 1, 4).pending()).isZero();
    }
}
