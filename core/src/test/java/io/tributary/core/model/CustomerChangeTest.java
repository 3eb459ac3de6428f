package io.tributary.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CustomerChangeTest {

    private static final Instant T = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void anUpsertLeavesTheNewProfile() {
        CustomerChange c = new CustomerChange(ChangeOp.UPSERT, "C1", "Ada", "ada@example.org", "GB", CustomerSegment.SMB, T);
        assertThat(c.resultingCustomer()).contains(new Customer("C1", "Ada", "ada@example.org", "GB", CustomerSegment.SMB, T));
    }

    @Test
    void aDeleteLeavesNothing() {
        CustomerChange c = new CustomerChange(ChangeOp.DELETE, "C1", null, null, null, null, T);
        assertThat(c.resultingCustomer()).isEmpty();
    }

    @Test
    void anUpsertNeedsASegment() {
        assertThatThrownBy(() -> new CustomerChange(ChangeOp.UPSERT, "C1", null, null, null, null, T))
            .isInstanceOf(NullPointerException.class);
    }

    @Test
    void opCodesAreCaseSensitive() {
        assertThat(ChangeOp.fromCode("U")).isEqualTo(ChangeOp.UPSERT);
        assertThat(ChangeOp.fromCode("D")).isEqualTo(ChangeOp.DELETE);
        assertThat(ChangeOp.fromCode("u")).isNull();
        assertThat(ChangeOp.fromCode("X")).isNull();
        assertThat(ChangeOp.UPSERT.code()).isEqualTo('U');
        assertThat(CustomerSegment.TEST.isFiltered()).isTrue();
        assertThat(CustomerSegment.RETAIL.isFiltered()).isFalse();
    }
}
