package io.tributary.batch.curate;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.accounting.Counts;
import io.tributary.core.accounting.RunAccounting;
import io.tributary.core.model.ChangeOp;
import io.tributary.core.model.Channel;
import io.tributary.core.model.CustomerChange;
import io.tributary.core.model.CustomerSegment;
import io.tributary.core.model.ReasonCode;
import io.tributary.core.model.SourcePosition;
import io.tributary.core.model.Transaction;
import io.tributary.core.model.TxnStatus;
import io.tributary.core.parse.Valid;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurationStepTest {
    private static final Instant DAY1 = Instant.parse("2026-11-20T23:00:00Z");
    private static final Instant DAY2 = Instant.parse("2026-11-21T23:00:00Z");

    private static Valid<Transaction> txn(String id, String customer, long cents, String file, long line, Instant ingest) {
        Transaction t = new Transaction(id, customer, "M1", cents, "EUR", Instant.parse("2026-11-20T10:00:00Z"),
            Channel.WEB, TxnStatus.APPROVED, "DE", 1);
        return new Valid<>(t, SourcePosition.ofFile(file, line * 100, line, ingest), ("{" + id + "}").getBytes(StandardCharsets.UTF_8));
    }

    private static Valid<CustomerChange> change(String id, ChangeOp op, CustomerSegment segment, String updatedAt, long line) {
        return new Valid<>(new CustomerChange(op, id, "N", null, "FR", segment, Instant.parse(updatedAt)),
            SourcePosition.ofFile("customers.csv", line * 10, line, DAY1), new byte[0]);
    }

    private static CustomerSnapshot customers() {
        return CustomerSnapshot.builder()
            .accept(change("C1", ChangeOp.UPSERT, CustomerSegment.RETAIL, "2026-11-19T00:00:00Z", 2))
            .accept(change("C9", ChangeOp.UPSERT, CustomerSegment.TEST, "2026-11-19T00:00:00Z", 3))
            .build();
    }

    @Test
    void theFirstByIngestPositionSurvivesAndIsEnriched() {
        RunAccounting.Builder acc = RunAccounting.builder();
        Valid<Transaction> late = txn("e1", "C1", 100, "b.jsonl", 1, DAY2);
        Valid<Transaction> first = txn("e1", "C1", 100, "a.jsonl", 7, DAY1);
        CurationStep.Outcome out = new CurationStep(customers()).apply(List.of(late, first), acc);

        assertThat(out.curated()).hasValueSatisfying(c -> {
            assertThat(c.record()).isSameAs(first);
            assertThat(c.customerSegment()).isEqualTo("RETAIL");
            assertThat(c.customerCountry()).isEqualTo("FR");
        });
        assertThat(out.conflicts()).isEmpty();
        RunAccounting counts = acc.build();
        assertThat(counts.source("a.jsonl").curated()).isEqualTo(1);
        assertThat(counts.source("b.jsonl").duplicates()).isEqualTo(1);
        assertThat(counts.isBalanced()).isTrue();
    }

    @Test
    void aConflictingDuplicateIsCountedOnceAndGetsAnErrorRow() {
        RunAccounting.Builder acc = RunAccounting.builder();
        CurationStep.Outcome out = new CurationStep(customers())
            .apply(List.of(txn("e1", "C1", 100, "a.jsonl", 1, DAY1), txn("e1", "C1", 999, "b.jsonl", 1, DAY2)), acc);
        assertThat(out.conflicts()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(ReasonCode.DUPLICATE_CONFLICT);
            assertThat(r.position().sourceName()).isEqualTo("b.jsonl");
        });
        Counts b = acc.build().source("b.jsonl");
        assertThat(b.duplicates()).isEqualTo(1);
        assertThat(b.errors(ReasonCode.DUPLICATE_CONFLICT)).isEqualTo(1);
        assertThat(acc.build().isBalanced()).isTrue();
    }

    @Test
    void testCustomersAreFilteredAfterDedupAndUnknownOnesAreCuratedAsUnknown() {
        RunAccounting.Builder acc = RunAccounting.builder();
        CurationStep step = new CurationStep(customers());
        assertThat(step.apply(List.of(txn("e1", "C9", 1, "a.jsonl", 1, DAY1), txn("e1", "C9", 1, "a.jsonl", 2, DAY1)), acc)
            .curated()).isEmpty();
        assertThat(step.apply(List.of(txn("e2", "C404", 1, "a.jsonl", 3, DAY1)), acc).curated())
            .hasValueSatisfying(c -> {
                assertThat(c.customerSegment()).isEqualTo(CurationStep.UNKNOWN_SEGMENT);
                assertThat(c.customerCountry()).isNull();
            });
        Counts a = acc.build().source("a.jsonl");
        assertThat(a.read()).isEqualTo(3);
        assertThat(a.filtered()).isEqualTo(1);
        assertThat(a.duplicates()).isEqualTo(1);
        assertThat(a.curated()).isEqualTo(1);
        assertThat(a.unmatchedCustomer()).isEqualTo(1);
        assertThat(a.isBalanced()).isTrue();
    }

    @Test
    void theLatestChangeWinsWhateverTheOrderAndADeleteRemoves() throws Exception {
        CustomerSnapshot s = CustomerSnapshot.builder()
            .accept(change("C1", ChangeOp.UPSERT, CustomerSegment.SMB, "2026-11-21T00:00:00Z", 5))
            .accept(change("C1", ChangeOp.UPSERT, CustomerSegment.RETAIL, "2026-11-19T00:00:00Z", 9))
            .accept(change("C2", ChangeOp.UPSERT, CustomerSegment.RETAIL, "2026-11-19T00:00:00Z", 1))
            .accept(change("C2", ChangeOp.DELETE, null, "2026-11-20T00:00:00Z", 2))
            .build();
        assertThat(s.find("C1")).hasValueSatisfying(c -> assertThat(c.segment()).isEqualTo(CustomerSegment.SMB));
        assertThat(s.find("C2")).isEmpty();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        s.writeTo(bytes);
        CustomerSnapshot back = CustomerSnapshot.readFrom(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(back.size()).isEqualTo(1);
        assertThat(back.find("C1")).hasValueSatisfying(c -> {
            assertThat(c.segment()).isEqualTo(CustomerSegment.SMB);
            assertThat(c.country()).isEqualTo("FR");
        });
    }
}
