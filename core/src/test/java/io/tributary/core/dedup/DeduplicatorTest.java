package io.tributary.core.dedup;

import static io.tributary.core.testing.Fixtures.SAMPLE;
import static io.tributary.core.testing.Fixtures.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.core.model.ReasonCode;
import io.tributary.core.model.SourcePosition;
import io.tributary.core.model.Transaction;
import io.tributary.core.model.TxnStatus;
import io.tributary.core.parse.Rejection;
import io.tributary.core.parse.Valid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DeduplicatorTest {

    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

    private static final Transaction DECLINED = new Transaction(SAMPLE.eventId(), SAMPLE.customerId(), SAMPLE.merchantId(),
        SAMPLE.amountCents(), SAMPLE.currency(), SAMPLE.eventTime(), SAMPLE.channel(), TxnStatus.DECLINED,
        SAMPLE.country(), 1);

    private static SourcePosition kafka(long offset, Instant t) {
        return SourcePosition.ofKafka("transactions", 0, offset, t);
    }

    private static SourcePosition file(String name, long offset, Instant t) {
        return SourcePosition.ofFile(name, offset, offset / 100 + 1, t);
    }

    @Test
    void aSingleRecordSurvivesAlone() {
        Valid<Transaction> only = valid(SAMPLE, kafka(1, T0));
        DedupGroup group = Deduplicator.resolve(List.of(only));
        assertThat(group.survivor()).isEqualTo(only);
        assertThat(group.duplicateCount()).isZero();
    }

    @Test
    void theFirstByPositionSurvivesWhateverTheOrder() {
        Valid<Transaction> first = valid(SAMPLE, file("b.jsonl", 500, T0));
        Valid<Transaction> sameTimeLaterName = valid(SAMPLE, file("c.jsonl", 0, T0));
        Valid<Transaction> laterIngest = valid(SAMPLE, kafka(0, T0.plusSeconds(1)));
        Valid<Transaction> conflicting = valid(DECLINED, file("b.jsonl", 900, T0));
        List<Valid<Transaction>> all = new ArrayList<>(List.of(first, sameTimeLaterName, laterIngest, conflicting));
        Random random = new Random(1);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(all, random);
            DedupGroup group = Deduplicator.resolve(all);
            assertThat(group.survivor()).isEqualTo(first);
            assertThat(group.exactDuplicates()).containsExactly(sameTimeLaterName, laterIngest);
            assertThat(group.conflicts()).hasSize(1);
            assertThat(group.duplicateCount()).isEqualTo(3);
        }
    }

    @Test
    void aKafkaRecordPrecedesAFileRecordIngestedAtTheSameTime() {
        Valid<Transaction> fromFile = valid(SAMPLE, file("a.jsonl", 0, T0));
        Valid<Transaction> fromKafka = valid(SAMPLE, kafka(99, T0));
        assertThat(Deduplicator.resolve(List.of(fromFile, fromKafka)).survivor()).isEqualTo(fromKafka);
    }

    @Test
    void aConflictCarriesTheDuplicatesOwnBytesAndPosition() {
        Valid<Transaction> survivor = valid(SAMPLE, file("a.jsonl", 0, T0));
        Valid<Transaction> other = valid(DECLINED, file("a.jsonl", 300, T0));
        Rejection r = Deduplicator.resolve(List.of(other, survivor)).conflicts().get(0);
        assertThat(r.reason()).isEqualTo(ReasonCode.DUPLICATE_CONFLICT);
        assertThat(r.rawPayload()).isSameAs(other.rawPayload());
        assertThat(r.position()).isEqualTo(other.position());
        assertThat(r.message()).contains("e-000001").contains("status").contains(survivor.position().describe());
    }

    @Test
    void theSameRecordReadTwiceIsADuplicateInABatch() {
        Valid<Transaction> a = valid(SAMPLE, file("a.jsonl", 0, T0));
        Valid<Transaction> again = valid(SAMPLE, file("a.jsonl", 0, T0));
        DedupGroup group = Deduplicator.resolve(List.of(a, again));
        assertThat(group.exactDuplicates()).hasSize(1);
    }

    @Test
    void refusesMixedOrEmptyGroups() {
        Transaction other = new Transaction("e-2", "C", null, 1, "EUR", T0, SAMPLE.channel(), SAMPLE.status(), null, 1);
        assertThatThrownBy(() -> Deduplicator.resolve(List.of(valid(SAMPLE, kafka(1, T0)), valid(other, kafka(2, T0)))))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Deduplicator.resolve(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Deduplicator.admit(valid(SAMPLE, kafka(1, T0)), valid(other, kafka(2, T0))))
            .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- streaming ----

    @Test
    void theFirstRecordIsAdmitted() {
        Valid<Transaction> v = valid(SAMPLE, kafka(1, T0));
        Admission a = Deduplicator.admit(null, v);
        assertThat(a.verdict()).isEqualTo(Admission.Verdict.FIRST);
        assertThat(a.survivor()).isEqualTo(v);
        assertThat(a.isDuplicate()).isFalse();
        assertThat(a.conflictRejection()).isEmpty();
    }

    @Test
    void aRedeliveredRecordIsAReplayNotADuplicate() {
        Valid<Transaction> v = valid(SAMPLE, kafka(1, T0));
        Admission a = Deduplicator.admit(v, valid(SAMPLE, kafka(1, T0)));
        assertThat(a.verdict()).isEqualTo(Admission.Verdict.REPLAY);
        assertThat(a.isDuplicate()).isFalse();
        assertThat(a.survivor()).isSameAs(v);
    }

    @Test
    void laterDuplicatesAreCountedAndConflictsReported() {
        Valid<Transaction> stored = valid(SAMPLE, kafka(1, T0));
        Admission exact = Deduplicator.admit(stored, valid(SAMPLE, kafka(2, T0.plusSeconds(5))));
        assertThat(exact.verdict()).isEqualTo(Admission.Verdict.EXACT_DUPLICATE);
        assertThat(exact.survivor()).isSameAs(stored);
        assertThat(exact.survivorChanged()).isFalse();
        Valid<Transaction> newcomer = valid(DECLINED, kafka(3, T0.plusSeconds(6)));
        Admission conflict = Deduplicator.admit(stored, newcomer);
        assertThat(conflict.verdict()).isEqualTo(Admission.Verdict.CONFLICT);
        assertThat(conflict.duplicate()).isEqualTo(newcomer);
        assertThat(conflict.conflictRejection()).get().extracting(Rejection::position).isEqualTo(newcomer.position());
    }

    @Test
    void anEarlierNewcomerReplacesTheStoredSurvivor() {
        Valid<Transaction> stored = valid(DECLINED, kafka(7, T0.plusSeconds(10)));
        Valid<Transaction> earlier = valid(SAMPLE, file("a.jsonl", 0, T0));
        Admission a = Deduplicator.admit(stored, earlier);
        assertThat(a.survivor()).isEqualTo(earlier);
        assertThat(a.survivorChanged()).isTrue();
        assertThat(a.duplicate()).isEqualTo(stored);
        assertThat(a.verdict()).isEqualTo(Admission.Verdict.CONFLICT);
        assertThat(a.conflict().position()).isEqualTo(stored.position());
    }

    @Test
    void streamingAndBatchAgreeWhateverTheArrivalOrder() {
        Random random = new Random(3);
        for (int round = 0; round < 200; round++) {
            List<Valid<Transaction>> records = new ArrayList<>();
            int n = 1 + random.nextInt(6);
            for (int i = 0; i < n; i++) {
                Transaction t = random.nextBoolean() ? SAMPLE : DECLINED;
                SourcePosition p = random.nextBoolean()
                    ? kafka(i, T0.plusSeconds(random.nextInt(3)))
                    : file("f" + random.nextInt(2) + ".jsonl", i * 100L, T0.plusSeconds(random.nextInt(3)));
                records.add(valid(t, p));
            }
            DedupGroup batch = Deduplicator.resolve(records);
            Collections.shuffle(records, random);
            Valid<Transaction> stored = null;
            for (Valid<Transaction> r : records) {
                stored = Deduplicator.admit(stored, r).survivor();
            }
            assertThat(stored).isEqualTo(batch.survivor());
            // Each non-survivor is classified the same way against the final survivor.
            long conflicts = records.stream().filter(r -> r != batch.survivor())
                .filter(r -> !r.value().sameBusinessFields(batch.survivor().value())).count();
            assertThat(batch.conflicts()).hasSize((int) conflicts);
        }
    }
}
