package io.tributary.batch.views;

import io.tributary.core.time.PendingLate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which speed-view hour rows before {@code Wb} the published generation makes redundant. Plain logic, no I/O.
 *
 * <p>The serving layer computes a batch bucket's pending count as {@code max(0, seen − kafka_count)} at the granularity
 * asked: per hour, or per day with {@code seen} summed over the day's speed rows. Deleting a row takes its {@code seen}
 * out of that sum, so a row is deleted only when it can change no answer: every speed row of the same customer,
 * currency and UTC day must have nothing pending against the generation's hour row ({@code seen ≤ kafka_count}). Then
 * the day's pending is 0 before and after, and each hour's too. If one hour of the day still has pending late events,
 * the whole day's rows stay (the count may over-state, never under-state) until a later generation covers them.
 */
final class CoveredSpeedRows {
    /** One speed row before {@code Wb}: its key's parts, its {@code seen} and the generation's hour {@code kafka_count}. */
    record Row(String customerId, Instant hourStart, String currency, long seen, long batchKafkaCount) {
        long pending() {
            return PendingLate.beforeBatchWatermark(seen, batchKafkaCount);
        }

        private Object dayGroup() {
            return List.of(customerId, currency, LocalDate.ofInstant(hourStart, ZoneOffset.UTC));
        }
    }

    private CoveredSpeedRows() {
    }

    /** For each row, in order, whether it may be deleted. */
    static List<Boolean> deletable(List<Row> rows) {
        Set<Object> pendingDays = new HashSet<>();
        for (Row r : rows) {
            if (r.pending() > 0) {
                pendingDays.add(r.dayGroup());
            }
        }
        Map<Object, Boolean> verdicts = new HashMap<>();
        List<Boolean> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(verdicts.computeIfAbsent(r.dayGroup(), g -> !pendingDays.contains(g)));
        }
        return out;
    }
}
