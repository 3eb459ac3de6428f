package io.tributary.serving.spend;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.measure.SpendMeasures;
import io.tributary.core.time.Granularity;
import io.tributary.core.time.TimeBucket;
import io.tributary.serving.view.InMemoryViews;
import io.tributary.serving.view.Watermarks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpendMergerTest {
    private static final String C = "C0000042";
    private static final LocalDate D1 = LocalDate.parse("2026-11-20");
    private static final LocalDate D2 = D1.plusDays(1);
    /** Wb = end of D1: D1 comes from batch, D2 from speed. */
    private static final Watermarks AFTER_D1 =
        new Watermarks(Instant.parse("2026-11-21T00:00:00Z"), 3, Instant.parse("2026-11-21T02:00:00Z"),
            Instant.parse("2026-11-21T09:50:00Z"));

    private static TimeBucket hour(String t) {
        return TimeBucket.hourOf(Instant.parse(t));
    }

    private static SpendMeasures m(long txn, long approvedCents, long kafka) {
        return SpendMeasures.of(txn, txn, approvedCents, 0, 0, kafka);
    }

    private static SpendAnswer ask(InMemoryViews v, LocalDate from, LocalDate to, Granularity g) {
        return new SpendMerger(v).answer(new SpendQuery(C, from, to, g));
    }

    @Test
    void daysBeforeTheBatchWatermarkComeFromBatchAndLaterDaysFromSpeedHours() {
        InMemoryViews v = new InMemoryViews().watermarks(AFTER_D1)
            .batch(3, C, TimeBucket.ofDate(D1), "EUR", m(5, 500, 2))
            .seen(C, hour("2026-11-20T10:00:00Z"), "EUR", 2, 2)
            .speed(C, hour("2026-11-21T08:00:00Z"), "EUR", m(2, 200, 2))
            .speed(C, hour("2026-11-21T09:00:00Z"), "EUR", m(1, 100, 1))
            .seen(C, hour("2026-11-21T08:00:00Z"), "EUR", 2, 2)
            .seen(C, hour("2026-11-21T09:00:00Z"), "EUR", 1, 1);

        SpendAnswer a = ask(v, D1, D2, Granularity.DAY);

        assertThat(a.buckets()).extracting(b -> b.key().bucket(), BucketAnswer::source, BucketAnswer::reconciled)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple(TimeBucket.ofDate(D1), BucketSource.BATCH, true),
                org.assertj.core.groups.Tuple.tuple(TimeBucket.ofDate(D2), BucketSource.SPEED, false));
        assertThat(a.buckets().get(1).measures()).isEqualTo(m(3, 300, 3));
        assertThat(a.pendingLateEvents()).isZero();
        assertThat(a.generation()).isEqualTo(3);
    }

    @Test
    void aLateEventTheBatchDoesNotHoldYetMakesItsBucketPendingAndUnreconciled() {
        InMemoryViews v = new InMemoryViews().watermarks(AFTER_D1)
            .batch(3, C, TimeBucket.ofDate(D1), "EUR", m(5, 500, 2))
            // the speed layer saw 3 Kafka events for D1, the batch counted 2: one arrived after the archive cut-off
            .seen(C, hour("2026-11-20T10:00:00Z"), "EUR", 2, 2)
            .seen(C, hour("2026-11-20T23:00:00Z"), "EUR", 1, 0);

        SpendAnswer a = ask(v, D1, D1, Granularity.DAY);

        assertThat(a.buckets()).singleElement().satisfies(b -> {
            assertThat(b.source()).isEqualTo(BucketSource.BATCH);
            assertThat(b.reconciled()).isFalse();
            assertThat(b.pendingLate()).isEqualTo(1);
        });
        assertThat(a.pendingLateEvents()).isEqualTo(1);
    }

    @Test
    void aBucketKnownOnlyThroughPendingEventsIsShownWithZeroMeasures() {
        InMemoryViews v = new InMemoryViews().watermarks(AFTER_D1)
            .seen(C, hour("2026-11-20T05:00:00Z"), "USD", 1, 0);

        SpendAnswer a = ask(v, D1, D1, Granularity.HOUR);

        assertThat(a.buckets()).singleElement().satisfies(b -> {
            assertThat(b.key().currency()).isEqualTo("USD");
            assertThat(b.measures().isEmpty()).isTrue();
            assertThat(b.pendingLate()).isEqualTo(1);
            assertThat(b.reconciled()).isFalse();
        });
    }

    @Test
    void speedBucketsCountWhatTheSpeedLayerSawButCouldNotWindow() {
        InMemoryViews v = new InMemoryViews().watermarks(AFTER_D1)
            .speed(C, hour("2026-11-21T01:00:00Z"), "EUR", m(1, 100, 1))
            .seen(C, hour("2026-11-21T01:00:00Z"), "EUR", 3, 1);

        SpendAnswer a = ask(v, D2, D2, Granularity.HOUR);

        assertThat(a.buckets()).singleElement().satisfies(b -> {
            assertThat(b.source()).isEqualTo(BucketSource.SPEED);
            assertThat(b.pendingLate()).isEqualTo(2);
        });
    }

    @Test
    void withoutAPublishedGenerationEverythingComesFromSpeed() {
        InMemoryViews v = new InMemoryViews()
            .batch(1, C, TimeBucket.ofDate(D1), "EUR", m(9, 900, 0))
            .speed(C, hour("2026-11-20T03:00:00Z"), "EUR", m(1, 100, 1));

        SpendAnswer a = ask(v, D1, D1, Granularity.DAY);

        assertThat(a.buckets()).singleElement().satisfies(b -> {
            assertThat(b.source()).isEqualTo(BucketSource.SPEED);
            assertThat(b.measures()).isEqualTo(m(1, 100, 1));
        });
        assertThat(a.batchWatermark()).isNull();
    }

    @Test
    void theAnswerReadsOnlyTheGenerationThePointerNames() {
        InMemoryViews v = new InMemoryViews().watermarks(AFTER_D1)
            .batch(2, C, TimeBucket.ofDate(D1), "EUR", m(4, 400, 0))
            .batch(3, C, TimeBucket.ofDate(D1), "EUR", m(5, 500, 0))
            .batch(4, C, TimeBucket.ofDate(D1), "EUR", m(6, 600, 0));

        assertThat(ask(v, D1, D1, Granularity.DAY).buckets()).extracting(BucketAnswer::measures)
            .containsExactly(m(5, 500, 0));
    }

    @Test
    void bucketsAreOrderedByTimeThenCurrency() {
        InMemoryViews v = new InMemoryViews().watermarks(AFTER_D1)
            .speed(C, hour("2026-11-21T02:00:00Z"), "USD", m(1, 1, 1))
            .speed(C, hour("2026-11-21T02:00:00Z"), "EUR", m(1, 1, 1))
            .speed(C, hour("2026-11-21T01:00:00Z"), "USD", m(1, 1, 1));

        List<BucketAnswer> b = ask(v, D2, D2, Granularity.HOUR).buckets();

        assertThat(b).extracting(x -> x.key().bucket().start().toString() + " " + x.key().currency())
            .containsExactly("2026-11-21T01:00:00Z USD", "2026-11-21T02:00:00Z EUR", "2026-11-21T02:00:00Z USD");
    }

    @Test
    void aWatermarkBeyondTheRangeAnswersEverythingFromBatch() {
        Watermarks later = new Watermarks(Instant.parse("2026-12-01T00:00:00Z"), 5, null, null);
        InMemoryViews v = new InMemoryViews().watermarks(later)
            .batch(5, C, TimeBucket.ofDate(D2), "EUR", m(1, 100, 0))
            .speed(C, hour("2026-11-21T01:00:00Z"), "EUR", m(7, 700, 7));

        assertThat(ask(v, D1, D2, Granularity.DAY).buckets()).extracting(BucketAnswer::source, BucketAnswer::measures)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(BucketSource.BATCH, m(1, 100, 0)));
    }
}
