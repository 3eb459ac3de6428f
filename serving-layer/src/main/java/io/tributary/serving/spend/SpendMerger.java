package io.tributary.serving.spend;

import io.tributary.core.measure.SpendMeasures;
import io.tributary.core.time.Granularity;
import io.tributary.core.time.PendingLate;
import io.tributary.serving.view.CurrencyBucket;
import io.tributary.serving.view.SeenCounts;
import io.tributary.serving.view.SpeedBucket;
import io.tributary.serving.view.SpendRows;
import io.tributary.serving.view.ViewReader;
import io.tributary.serving.view.Watermarks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Merges the batch and speed views at the batch watermark, per the lateness contract: a bucket that ends at or
 * before {@code Wb} comes from the batch generation the pointer row names, every later bucket from the speed view's
 * hours. {@code Wb} is the end of a UTC day, so a day bucket is never split between the two views.
 *
 * <p>The watermarks are read once, first; the batch rows are then read from the generation read with them (at the
 * same time as the speed view's rows, see {@link ViewReader#spendRows}). A
 * generation being published concurrently therefore never mixes into this answer: the swap moves generation and
 * {@code Wb} in one write, and old generations stay readable for a grace period.
 */
public final class SpendMerger {
    private final ViewReader views;

    public SpendMerger(ViewReader views) {
        this.views = views;
    }

    public SpendAnswer answer(SpendQuery q) {
        Watermarks w = views.watermarks();
        Granularity g = q.granularity();
        Instant start = q.start();
        Instant end = q.end();
        // The first instant the speed view answers: Wb clamped to the range (no batch view: the whole range).
        Instant split = w.hasBatchView() ? clamp(w.batchWatermark(), start, end) : start;

        // one scan of the speed view serves both parts: its counts are needed for batch buckets too
        SpendRows rows = views.spendRows(w.generation(), q.customerId(), g, start, split, end);
        Map<CurrencyBucket, SpeedBucket> speedRows = rows.speed();
        Map<CurrencyBucket, SeenCounts> seen = new TreeMap<>();
        Map<CurrencyBucket, SpendMeasures> speed = new TreeMap<>();
        speedRows.forEach((k, v) -> {
            CurrencyBucket rolled = k.rollUpTo(g);
            seen.merge(rolled, v.counts(), SeenCounts::plus);
            if (k.bucket().end().isAfter(split)) {
                // copy before adding: the reader's objects stay untouched
                speed.computeIfAbsent(rolled, x -> new SpendMeasures()).add(v.measures());
            }
        });
        List<BucketAnswer> out = new ArrayList<>();
        if (split.isAfter(start)) {
            batchBuckets(rows.batch(), seen, w, split, out);
        }
        if (end.isAfter(split)) {
            speedBuckets(speed, seen, split, out);
        }
        out.sort((a, b) -> a.key().compareTo(b.key()));
        long pending = out.stream().mapToLong(BucketAnswer::pendingLate).sum();
        return new SpendAnswer(q.customerId(), w.batchWatermark(), w.speedWatermark(), w.generation(), pending, out);
    }

    private static void batchBuckets(Map<CurrencyBucket, SpendMeasures> batch, Map<CurrencyBucket, SeenCounts> seen,
                                     Watermarks w, Instant split, List<BucketAnswer> out) {
        TreeSet<CurrencyBucket> keys = new TreeSet<>(batch.keySet());
        seen.keySet().stream().filter(k -> !k.bucket().end().isAfter(split)).forEach(keys::add);
        for (CurrencyBucket k : keys) {
            SpendMeasures m = batch.getOrDefault(k, new SpendMeasures());
            long seenCount = seen.getOrDefault(k, SeenCounts.NONE).seen();
            long pending = PendingLate.beforeBatchWatermark(seenCount, m.kafkaCount());
            if (m.isEmpty() && pending == 0) {
                continue;
            }
            boolean reconciled = PendingLate.isReconciled(k.bucket(), w.batchWatermark(), seenCount, m.kafkaCount());
            out.add(new BucketAnswer(k, m, BucketSource.BATCH, reconciled, pending));
        }
    }

    private static void speedBuckets(Map<CurrencyBucket, SpendMeasures> speed, Map<CurrencyBucket, SeenCounts> seen,
                                     Instant split, List<BucketAnswer> out) {
        TreeSet<CurrencyBucket> keys = new TreeSet<>(speed.keySet());
        seen.keySet().stream().filter(k -> k.bucket().end().isAfter(split)).forEach(keys::add);
        for (CurrencyBucket k : keys) {
            SpendMeasures m = speed.getOrDefault(k, new SpendMeasures());
            SeenCounts s = seen.getOrDefault(k, SeenCounts.NONE);
            long pending = PendingLate.fromBatchWatermark(s.seen(), s.windowed());
            if (m.isEmpty() && pending == 0) {
                continue;
            }
            out.add(new BucketAnswer(k, m, BucketSource.SPEED, false, pending));
        }
    }

    private static Instant clamp(Instant t, Instant min, Instant max) {
        return t.isBefore(min) ? min : t.isAfter(max) ? max : t;
    }
}
