package io.tributary.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.core.model.Channel;
import io.tributary.core.model.SourceKind;
import io.tributary.core.model.Transaction;
import io.tributary.core.model.TxnStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SpendMeasuresTest {
    private static Transaction txn(String id, long cents, TxnStatus status) {
        return new Transaction(id, "C1", null, cents, "EUR", Instant.parse("2026-11-20T10:00:00Z"), Channel.POS, status, null, 1);
    }

    @Test
    void eachStatusFeedsItsOwnMeasures() {
        SpendMeasures m = new SpendMeasures()
            .add(txn("a", 1000, TxnStatus.APPROVED), SourceKind.FILES)
            .add(txn("b", -250, TxnStatus.APPROVED), SourceKind.KAFKA)
            .add(txn("c", 999, TxnStatus.DECLINED), SourceKind.FILES)
            .add(txn("d", 400, TxnStatus.REVERSED), SourceKind.KAFKA);
        assertThat(m.txnCount()).isEqualTo(4);
        assertThat(m.approvedCount()).isEqualTo(2);
        assertThat(m.approvedCents()).isEqualTo(750);
        assertThat(m.declinedCount()).isEqualTo(1);
        assertThat(m.reversedCents()).isEqualTo(400);
        assertThat(m.kafkaCount()).isEqualTo(2);
    }

    @Test
    void combiningPartialSumsEqualsAddingEveryEvent() {
        SpendMeasures whole = new SpendMeasures();
        SpendMeasures left = new SpendMeasures();
        SpendMeasures right = new SpendMeasures();
        for (int i = 0; i < 10; i++) {
            Transaction t = txn("e" + i, i * 101L, TxnStatus.values()[i % 3]);
            SourceKind s = i % 2 == 0 ? SourceKind.KAFKA : SourceKind.FILES;
            whole.add(t, s);
            (i < 4 ? left : right).add(t, s);
        }
        assertThat(left.add(right)).isEqualTo(whole);
        whole.clear();
        assertThat(whole.isEmpty()).isTrue();
        assertThat(whole).isEqualTo(new SpendMeasures());
    }

    @Test
    void storedMeasuresReadBackEqualTheAccumulatedOnes() {
        SpendMeasures accumulated = new SpendMeasures()
            .add(txn("a", 1000, TxnStatus.APPROVED), SourceKind.KAFKA)
            .add(txn("b", 300, TxnStatus.DECLINED), SourceKind.FILES)
            .add(txn("c", 400, TxnStatus.REVERSED), SourceKind.FILES);
        assertThat(SpendMeasures.of(3, 1, 1000, 1, 400, 1)).isEqualTo(accumulated);
    }

    @Test
    void storedMeasuresMustBeConsistent() {
        assertThatThrownBy(() -> SpendMeasures.of(1, 2, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpendMeasures.of(1, 0, 0, 0, 0, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpendMeasures.of(-1, 0, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
