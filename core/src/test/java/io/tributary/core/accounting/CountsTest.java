package io.tributary.core.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.core.model.ReasonCode;
import io.tributary.core.model.SourcePosition;
import io.tributary.core.parse.ParseResult;
import io.tributary.core.parse.Rejection;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CountsTest {

    @Test
    void aTypicalRunBalances() {
        Tally t = new Tally();
        for (int i = 0; i < 10; i++) {
            t.read();
        }
        t.rejected(ReasonCode.INVALID_AMOUNT).rejected(ReasonCode.MALFORMED_RECORD);
        t.duplicate().duplicateConflict();
        t.filtered();
        for (int i = 0; i < 5; i++) {
            t.curated();
        }
        t.unmatchedCustomer();
        Counts c = t.toCounts();
        assertThat(c.isBalanced()).isTrue();
        assertThat(c.imbalance()).isEmpty();
        assertThat(c.accountedFor()).isEqualTo(10);
        assertThat(c.errorsByReason()).isEqualTo(Map.of(ReasonCode.INVALID_AMOUNT, 1L, ReasonCode.MALFORMED_RECORD, 1L,
            ReasonCode.DUPLICATE_CONFLICT, 1L));
        assertThat(c.errorRows()).isEqualTo(3);
        assertThat(c.unmatchedCustomer()).isEqualTo(1);
    }

    @Test
    void aLostRecordIsDescribed() {
        Counts c = new Counts(10, 5, 2, 1, 1, 0, Map.of(ReasonCode.INVALID_AMOUNT, 2L));
        assertThat(c.isBalanced()).isFalse();
        assertThat(c.imbalance()).get().asString()
            .isEqualTo("read 10 != curated 5 + rejected 2 + duplicates 1 + filtered 1 = 9 (1 record(s) unaccounted for)");
    }

    @Test
    void aRecordCountedTwiceIsDescribed() {
        Counts c = new Counts(8, 5, 2, 1, 1, 0, Map.of(ReasonCode.INVALID_AMOUNT, 2L));
        assertThat(c.imbalance()).get().asString().contains("1 record(s) counted more than once");
    }

    @Test
    void theHistogramMustAgreeWithTheCounts() {
        Counts wrongHistogram = new Counts(3, 1, 2, 0, 0, 0, Map.of(ReasonCode.INVALID_AMOUNT, 1L));
        assertThat(wrongHistogram.isBalanced()).isFalse();
        assertThat(wrongHistogram.imbalance()).get().asString().contains("add up to 1 but rejected is 2");
        Counts tooManyConflicts = new Counts(2, 2, 0, 0, 0, 0, Map.of(ReasonCode.DUPLICATE_CONFLICT, 1L));
        assertThat(tooManyConflicts.imbalance()).get().asString().contains("exceed duplicates");
    }

    @Test
    void partialCountsMerge() {
        Counts mapSide = new Tally().read().read().read().rejected(ReasonCode.CORRUPT_FILE).toCounts();
        Counts reduceSide = new Tally().curated().duplicateConflict().unmatchedCustomer().toCounts();
        assertThat(mapSide.isBalanced()).isFalse();
        Counts all = mapSide.plus(reduceSide);
        assertThat(all).isEqualTo(new Counts(3, 1, 1, 1, 0, 1,
            Map.of(ReasonCode.CORRUPT_FILE, 1L, ReasonCode.DUPLICATE_CONFLICT, 1L)));
        assertThat(all.isBalanced()).isTrue();
        assertThat(Counts.ZERO.plus(all)).isEqualTo(all);
        assertThat(new Tally().add(mapSide).add(reduceSide).toCounts()).isEqualTo(all);
    }

    @Test
    void readingAParseResultCountsItsRejection() {
        SourcePosition p = SourcePosition.ofFile("f", 0, 1, Instant.EPOCH);
        Tally t = new Tally().read(ParseResult.rejected(new Rejection(ReasonCode.MISSING_FIELD, "m", new byte[0], p)));
        assertThat(t.toCounts()).isEqualTo(new Counts(1, 0, 1, 0, 0, 0, Map.of(ReasonCode.MISSING_FIELD, 1L)));
    }

    @Test
    void aConflictIsADuplicateNotARejection() {
        assertThatThrownBy(() -> new Tally().rejected(ReasonCode.DUPLICATE_CONFLICT))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsAreNeverNegativeAndZeroBucketsAreDropped() {
        assertThatThrownBy(() -> new Counts(-1, 0, 0, 0, 0, 0, Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Counts(0, 0, 0, 0, 0, 0, Map.of(ReasonCode.MISSING_FIELD, 0L)).errorsByReason()).isEmpty();
    }
}
