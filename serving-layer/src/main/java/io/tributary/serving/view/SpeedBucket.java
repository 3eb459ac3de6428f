package io.tributary.serving.view;

import io.tributary.core.measure.SpendMeasures;
import java.util.Objects;

/** One speed view row: the measures of its windowed events and what the speed layer counted for the bucket. */
public record SpeedBucket(SpendMeasures measures, SeenCounts counts) {

    public SpeedBucket {
        Objects.requireNonNull(measures, "measures");
        Objects.requireNonNull(counts, "counts");
    }
}
