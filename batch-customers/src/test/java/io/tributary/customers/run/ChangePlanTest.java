package io.tributary.customers.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.core.accounting.RunAccounting;
import io.tributary.core.model.ChangeOp;
import io.tributary.core.model.CustomerChange;
import io.tributary.core.model.CustomerSegment;
import io.tributary.core.model.SourcePosition;
import io.tributary.core.parse.Valid;
import io.tributary.customers.hudi.CustomerSchema;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangePlanTest {
    private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");

    private static Valid<CustomerChange> winner(String id, String segment, Instant at) {
        return new Valid<>(new CustomerChange(ChangeOp.UPSERT, id, "n-" + id, null, "DE", CustomerSegment.valueOf(segment), at),
            SourcePosition.ofFile("changes.csv", 0, 1, T), new byte[0]);
    }

    private static RunAccounting.Builder accounting() {
        RunAccounting.Builder b = RunAccounting.builder();
        b.source("changes.csv");
        return b;
    }

    @Test
    void onlyTiesAreComparedByContent() {
        Map<String, Valid<CustomerChange>> winners = Map.of(
            "NEW", winner("NEW", "SMB", T),
            "NEWER", winner("NEWER", "SMB", T.plusSeconds(1)),
            "STALE", winner("STALE", "SMB", T.minusSeconds(1)),
            "SAME", winner("SAME", "SMB", T),
            "TIE", winner("TIE", "CORPORATE", T));
        Map<String, Instant> storedAt = Map.of("NEWER", T, "STALE", T, "SAME", T, "TIE", T);
        String run = "r1";
        Map<String, CustomerSchema.StoredCustomer> tied = Map.of(
            "SAME", CustomerSchema.fromRecord(CustomerSchema.toRecord(winners.get("SAME").value(), "r0")),
            "TIE", CustomerSchema.fromRecord(CustomerSchema.toRecord(winner("TIE", "SMB", T).value(), "r0")));

        ChangePlan plan = ChangePlan.decide(winners, storedAt, tied, run, accounting());

        assertThat(plan.rows()).extracting(r -> r.get(CustomerSchema.RECORD_KEY).toString())
            .containsExactly("NEW", "NEWER", "TIE");
        assertThat(plan.stale()).isEqualTo(1);
        assertThat(plan.unchanged()).isEqualTo(1);
    }

    @Test
    void aTieWhoseStoredRowWasNotReadIsAnError() {
        Map<String, Valid<CustomerChange>> winners = Map.of("TIE", winner("TIE", "SMB", T));
        assertThatThrownBy(() -> ChangePlan.decide(winners, Map.of("TIE", T), Map.of(), "r1", accounting()))
            .isInstanceOf(IllegalStateException.class);
    }
}
