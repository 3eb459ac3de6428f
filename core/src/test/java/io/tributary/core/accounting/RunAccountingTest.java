package io.tributary.core.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.model.ReasonCode;
import org.junit.jupiter.api.Test;

class RunAccountingTest {

    @Test
    void countsPerSourceAndInTotal() {
        RunAccounting.Builder b = RunAccounting.builder();
        b.source("in/a.jsonl").read().read().curated().rejected(ReasonCode.INVALID_CURRENCY);
        b.source("transactions").read().curated();
        RunAccounting run = b.build();
        assertThat(run.bySource().keySet()).containsExactly("in/a.jsonl", "transactions");
        assertThat(run.total().read()).isEqualTo(3);
        assertThat(run.total().curated()).isEqualTo(2);
        assertThat(run.total().errors(ReasonCode.INVALID_CURRENCY)).isEqualTo(1);
        assertThat(run.isBalanced()).isTrue();
        assertThat(run.describeImbalance()).isEmpty();
        assertThat(run.source("unknown")).isEqualTo(Counts.ZERO);
    }

    @Test
    void mapAndReduceSidesMergePerSource() {
        RunAccounting.Builder map1 = RunAccounting.builder();
        map1.source("a.csv").read().read().read();
        RunAccounting.Builder map2 = RunAccounting.builder();
        map2.source("b.log").read().rejected(ReasonCode.MALFORMED_RECORD);
        RunAccounting.Builder reduce = RunAccounting.builder();
        reduce.source("a.csv").curated().duplicate().filtered();
        RunAccounting mapOnly = map1.build().merge(map2.build());
        assertThat(mapOnly.isBalanced()).isFalse();
        RunAccounting all = mapOnly.merge(reduce.build());
        assertThat(all.isBalanced()).isTrue();
        assertThat(all.source("a.csv").read()).isEqualTo(3);
        assertThat(all.total().accountedFor()).isEqualTo(4);
        assertThat(RunAccounting.EMPTY.merge(all)).isEqualTo(all);
    }

    @Test
    void anImbalanceNamesTheSourceAndTheTotal() {
        RunAccounting.Builder b = RunAccounting.builder();
        b.source("good.jsonl").read().curated();
        b.source("lossy.jsonl").read().read().curated();
        RunAccounting run = b.build();
        assertThat(run.isBalanced()).isFalse();
        assertThat(run.imbalances()).hasSize(2);
        assertThat(run.imbalances().get(0)).startsWith("source lossy.jsonl: read 2 != ");
        assertThat(run.imbalances().get(1)).startsWith("total: read 3 != ");
        assertThat(run.describeImbalance()).get().asString().startsWith("accounting does not balance:");
    }

    @Test
    void offsettingErrorsInTwoSourcesStillShow() {
        RunAccounting.Builder b = RunAccounting.builder();
        b.source("a").read().read().curated();
        b.source("b").curated();
        RunAccounting run = b.build();
        assertThat(run.total().isBalanced()).isTrue();
        assertThat(run.isBalanced()).isFalse();
        assertThat(run.imbalances()).hasSize(2);
    }
}
