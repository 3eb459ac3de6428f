package io.tributary.batch.views;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a publish produced: the new generation, the last event date it covers (so {@code Wb} is the end of that day),
 * how many bucket rows it holds, and which older generations were dropped.
 */
public record ViewGeneration(long generation, LocalDate lastDate, Instant batchWatermark, long bucketRows,
                             long curatedRows, java.util.List<Long> dropped) {
}
