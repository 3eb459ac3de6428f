package io.tributary.speed.topology;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.tributary.core.model.ReasonCode;
import java.util.EnumMap;
import java.util.Map;

/**
 * The speed layer's event counters, as Micrometer meters. Every record read ends in exactly one of: rejected
 * (per reason code, DLQ), duplicate, replay, late (late topic), filtered (TEST), windowed; so
 * {@code in = rejected + duplicates + replays + late + filtered + windowed} (conflicts count as duplicates and also
 * appear in the DLQ, as in the batch layer's accounting).
 */
public final class SpeedCounters {
    private final Counter in;
    private final Map<ReasonCode, Counter> rejected = new EnumMap<>(ReasonCode.class);
    private final Counter duplicates;
    private final Counter replays;
    private final Counter lateSpeed;
    private final Counter lateBatch;
    private final Counter lateRetention;
    private final Counter filtered;
    private final Counter windowed;
    private final Counter customerRowsRejected;
    private final Counter survivorOrderMismatch;

    public SpeedCounters(MeterRegistry registry) {
        in = registry.counter("tributary.speed.events.in");
        for (ReasonCode code : ReasonCode.values()) {
            rejected.put(code, registry.counter("tributary.speed.events.rejected", "reason", code.name()));
        }
        duplicates = registry.counter("tributary.speed.events.duplicates");
        replays = registry.counter("tributary.speed.events.replays");
        lateSpeed = registry.counter("tributary.speed.events.late", "kind", "speed_window_closed");
        lateBatch = registry.counter("tributary.speed.events.late", "kind", "before_batch_watermark");
        lateRetention = registry.counter("tributary.speed.events.late", "kind", "beyond_retention");
        filtered = registry.counter("tributary.speed.events.filtered");
        windowed = registry.counter("tributary.speed.events.windowed");
        customerRowsRejected = registry.counter("tributary.speed.customer.rows.rejected");
        survivorOrderMismatch = registry.counter("tributary.speed.dedup.survivor.order.mismatch");
    }

    void in() {
        in.increment();
    }

    void rejected(ReasonCode code) {
        rejected.get(code).increment();
    }

    void duplicate() {
        duplicates.increment();
    }

    void replay() {
        replays.increment();
    }

    void late(LateKind kind) {
        switch (kind) {
            case SPEED_WINDOW_CLOSED -> lateSpeed.increment();
            case BEFORE_BATCH_WATERMARK -> lateBatch.increment();
            case BEYOND_RETENTION -> lateRetention.increment();
            default -> throw new IllegalStateException(kind.name());
        }
    }

    void filtered() {
        filtered.increment();
    }

    void windowed() {
        windowed.increment();
    }

    void customerRowRejected() {
        customerRowsRejected.increment();
    }

    void survivorOrderMismatch() {
        survivorOrderMismatch.increment();
    }
}
