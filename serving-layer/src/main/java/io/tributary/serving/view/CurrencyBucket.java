package io.tributary.serving.view;

import io.tributary.core.time.Granularity;
import io.tributary.core.time.TimeBucket;
import java.util.Comparator;
import java.util.Objects;

/** One customer's bucket in one currency: the key of every view row the serving layer reads. */
public record CurrencyBucket(TimeBucket bucket, String currency) implements Comparable<CurrencyBucket> {

    private static final Comparator<CurrencyBucket> ORDER =
        Comparator.comparing(CurrencyBucket::bucket).thenComparing(CurrencyBucket::currency);

    public CurrencyBucket {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(currency, "currency");
    }

    /** The same currency's bucket of a coarser (or the same) granularity that holds this one. */
    public CurrencyBucket rollUpTo(Granularity granularity) {
        return bucket.granularity() == granularity ? this
            : new CurrencyBucket(granularity.bucketOf(bucket.start()), currency);
    }

    @Override
    public int compareTo(CurrencyBucket o) {
        return ORDER.compare(this, o);
    }
}
