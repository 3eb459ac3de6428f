package io.tributary.serving.view;

import io.tributary.core.measure.SpendMeasures;
import java.util.Map;

/** The rows one spend answer is merged from: the batch generation's buckets and the speed view's hours. */
public record SpendRows(Map<CurrencyBucket, SpendMeasures> batch, Map<CurrencyBucket, SpeedBucket> speed) {
}
