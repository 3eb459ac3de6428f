package io.tributary.cli.generate;

import io.tributary.core.model.Amounts;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per UTC event date, the curated events (valid, first of their event_id, not TEST) with their
 * count, approved count and approved amount: a check the batch views can be held to. The amount
 * adds all currencies together; it is a checksum, not money. Only a few dates ever exist.
 */
final class EventDateTotals {
    private final TreeMap<Long, long[]> byEpochDay = new TreeMap<>();
    /** Events come mostly in date order: the last date's totals save a map lookup per event. */
    private long lastDay = Long.MIN_VALUE;
    private long[] lastTotals;

    void add(long eventMillis, boolean approved, long cents) {
        long day = Math.floorDiv(eventMillis, EventTimes.DAY);
        if (day != lastDay) {
            lastDay = day;
            lastTotals = byEpochDay.computeIfAbsent(day, d -> new long[3]);
        }
        long[] t = lastTotals;
        t[0]++;
        if (approved) {
            t[1]++;
            t[2] += cents;
        }
    }

    void add(EventDateTotals o) {
        o.byEpochDay.forEach((day, t) -> {
            long[] mine = byEpochDay.computeIfAbsent(day, d -> new long[3]);
            for (int i = 0; i < 3; i++) {
                mine[i] += t[i];
            }
        });
    }

    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        byEpochDay.forEach((day, t) -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("events", t[0]);
            e.put("approved_events", t[1]);
            e.put("approved_amount", Amounts.format(t[2]));
            m.put(LocalDate.ofEpochDay(day).toString(), e);
        });
        return m;
    }
}
