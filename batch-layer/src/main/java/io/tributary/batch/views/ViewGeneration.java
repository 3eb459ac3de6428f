package io.tributary.batch.views;

import io.tributary.core.view.BatchPointer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;

/**
 * What a build or a publish produced: the generation, the last event date it covers (so {@code Wb} is the end of that
 * day), how many bucket rows it holds and how many curated rows were folded into them, and which older generations
 * were dropped (a build drops none).
 */
public record ViewGeneration(long generation, LocalDate lastDate, Instant batchWatermark, long bucketRows,
                             long curatedRows, List<Long> dropped) {
    /** The pointer's and pending record's count name of the curated rows a generation folds. */
    public static final String CURATED_ROWS = "generation.curated_rows";
    /** The pointer's and pending record's count name of a generation's bucket rows (day and hour rows). */
    public static final String BUCKET_ROWS = "generation.bucket_rows";

    public ViewGeneration {
        dropped = List.copyOf(dropped);
    }

    /** The generation a pointer or pending record names, with the row counts it carries (0 when it has none). */
    static ViewGeneration of(BatchPointer p, List<Long> dropped) {
        LocalDate last = p.batchWatermark().atZone(ZoneOffset.UTC).toLocalDate().minusDays(1);
        return new ViewGeneration(p.generation(), last, p.batchWatermark(), count(p, BUCKET_ROWS).orElse(0),
            count(p, CURATED_ROWS).orElse(0), dropped);
    }

    /**
     * A row count a pointer or pending record carries; empty for a pointer written before generations recorded their
     * row counts.
     */
    public static OptionalLong count(BatchPointer p, String name) {
        Long v = p.counts().get(name);
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }
}
