package io.tributary.serving.view;

import io.tributary.core.measure.SpendMeasures;
import io.tributary.core.time.Granularity;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the serving layer reads, for one customer at a time. The HBase implementation reads the meta pointer
 * row, the batch view generation it names, the speed view and the speed layer's per-bucket counts; tests use an
 * in-memory one. Every time range is half-open, {@code [from, to)}, and aligned to hours. Implementations throw
 * {@link BackendUnavailableException} when the store does not answer.
 */
public interface ViewReader {

    /** The pointer row: generation, {@code Wb} and {@code Ws} as one consistent read. */
    Watermarks watermarks();

    /** Rows of a batch view generation at the given granularity (the batch layer publishes days and hours). */
    Map<CurrencyBucket, SpendMeasures> batchBuckets(long generation, String customerId, Granularity granularity,
                                                    Instant from, Instant to);

    /**
     * The speed view's hourly buckets: measures of the windowed events and the seen/windowed counts. Rows stay for
     * hours the batch view already covers (until their TTL), which is where pending late events are counted.
     */
    Map<CurrencyBucket, SpeedBucket> speedHours(String customerId, Instant from, Instant to);

    /**
     * Both reads of one spend answer: the speed view's hours of {@code [from, to)} and, when {@code batchTo} is after
     * {@code from}, the rows of generation {@code generation} of {@code [from, batchTo)} (else no batch rows). Neither
     * depends on the other, so a store may read them at the same time; this default reads one after the other.
     */
    default SpendRows spendRows(long generation, String customerId, Granularity granularity, Instant from,
                                Instant batchTo, Instant to) {
        Map<CurrencyBucket, SpeedBucket> speed = speedHours(customerId, from, to);
        Map<CurrencyBucket, SpendMeasures> batch = batchTo.isAfter(from)
            ? batchBuckets(generation, customerId, granularity, from, batchTo) : Map.of();
        return new SpendRows(batch, speed);
    }

    /** The customer's current profile, empty when the dimension does not know the customer. */
    Optional<CustomerProfile> customer(String customerId);

    /** Counts of the batch run that produced the published generation, empty before the first. */
    Optional<LastBatchRun> lastBatchRun();

    /** The speed layer's running totals, empty before it has reported any. */
    Optional<SpeedTotals> speedTotals();

    /** Cheap round trip to the store, for readiness. */
    void ping();
}
