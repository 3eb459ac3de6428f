package io.tributary.serving.view;

import io.tributary.core.measure.SpendMeasures;
import io.tributary.core.time.Granularity;
import io.tributary.core.time.TimeBucket;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A view store in memory, for tests of the merge and the HTTP layer. Not thread-safe except for reads. */
public final class InMemoryViews implements ViewReader {
    private volatile Watermarks watermarks = Watermarks.NOTHING_PUBLISHED;
    private final Map<Long, Map<String, Map<CurrencyBucket, SpendMeasures>>> batch = new HashMap<>();
    private final Map<String, Map<CurrencyBucket, SpeedBucket>> speed = new HashMap<>();
    private final Map<String, CustomerProfile> customers = new HashMap<>();
    private volatile boolean down;
    private volatile SpeedTotals speedTotals = SpeedTotals.ofLate(0);

    public InMemoryViews watermarks(Watermarks w) {
        this.watermarks = w;
        return this;
    }

    public InMemoryViews batch(long generation, String customer, TimeBucket bucket, String currency, SpendMeasures m) {
        batch.computeIfAbsent(generation, g -> new HashMap<>()).computeIfAbsent(customer, c -> new TreeMap<>())
            .put(new CurrencyBucket(bucket, currency), m);
        return this;
    }

    /** The measures of a speed row (its counts stay as set by {@link #seen}, or none). */
    public InMemoryViews speed(String customer, TimeBucket hour, String currency, SpendMeasures m) {
        speed.computeIfAbsent(customer, c -> new TreeMap<>())
            .merge(new CurrencyBucket(hour, currency), new SpeedBucket(m, SeenCounts.NONE),
                (old, x) -> new SpeedBucket(m, old.counts()));
        return this;
    }

    /** The counts of a speed row (its measures stay as set by {@link #speed}, or none). */
    public InMemoryViews seen(String customer, TimeBucket hour, String currency, long seenCount, long windowed) {
        SeenCounts counts = new SeenCounts(seenCount, windowed);
        speed.computeIfAbsent(customer, c -> new TreeMap<>())
            .merge(new CurrencyBucket(hour, currency), new SpeedBucket(new SpendMeasures(), counts),
                (old, x) -> new SpeedBucket(old.measures(), counts));
        return this;
    }

    public InMemoryViews customer(CustomerProfile p) {
        customers.put(p.customerId(), p);
        return this;
    }

    /** What {@link #speedTotals()} answers; null: the speed layer has reported nothing. */
    public InMemoryViews speedTotals(SpeedTotals totals) {
        this.speedTotals = totals;
        return this;
    }

    public InMemoryViews down(boolean isDown) {
        this.down = isDown;
        return this;
    }

    @Override
    public Watermarks watermarks() {
        check();
        return watermarks;
    }

    @Override
    public Map<CurrencyBucket, SpendMeasures> batchBuckets(long generation, String customerId, Granularity g,
                                                           Instant from, Instant to) {
        check();
        Map<CurrencyBucket, SpendMeasures> rows = batch.getOrDefault(generation, Map.of()).getOrDefault(customerId, Map.of());
        Map<CurrencyBucket, SpendMeasures> out = new TreeMap<>();
        rows.forEach((k, v) -> {
            if (k.bucket().granularity() == g && in(k, from, to)) {
                out.put(k, v);
            }
        });
        return out;
    }

    @Override
    public Map<CurrencyBucket, SpeedBucket> speedHours(String customerId, Instant from, Instant to) {
        check();
        return slice(speed.getOrDefault(customerId, Map.of()), from, to);
    }

    @Override
    public Optional<CustomerProfile> customer(String customerId) {
        check();
        return Optional.ofNullable(customers.get(customerId));
    }

    @Override
    public Optional<LastBatchRun> lastBatchRun() {
        check();
        return watermarks.hasBatchView() ? Optional.of(new LastBatchRun("run-1", 10, 7, 1, 1, 1)) : Optional.empty();
    }

    @Override
    public Optional<SpeedTotals> speedTotals() {
        check();
        return Optional.ofNullable(speedTotals);
    }

    @Override
    public void ping() {
        check();
    }

    private void check() {
        if (down) {
            throw new BackendUnavailableException("views are down (test)", null);
        }
    }

    private static <V> Map<CurrencyBucket, V> slice(Map<CurrencyBucket, V> rows, Instant from, Instant to) {
        Map<CurrencyBucket, V> out = new TreeMap<>();
        rows.forEach((k, v) -> {
            if (in(k, from, to)) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static boolean in(CurrencyBucket k, Instant from, Instant to) {
        return !k.bucket().start().isBefore(from) && k.bucket().start().isBefore(to);
    }
}
