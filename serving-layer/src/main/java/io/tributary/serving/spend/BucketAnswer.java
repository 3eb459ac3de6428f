package io.tributary.serving.spend;

import io.tributary.core.measure.SpendMeasures;
import io.tributary.serving.view.CurrencyBucket;

/**
 * One bucket of a spend answer.
 *
 * @param key         bucket and currency
 * @param measures    the measures the answering view holds (all zero when only pending events are known)
 * @param source      which view answered
 * @param reconciled  answered by the batch view with nothing pending
 * @param pendingLate known events of the bucket that the answering view does not hold yet
 */
public record BucketAnswer(CurrencyBucket key, SpendMeasures measures, BucketSource source, boolean reconciled,
                           long pendingLate) {
}
