package io.tributary.speed.topology;

import io.tributary.core.model.ReasonCode;
import java.util.function.Consumer;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * One input partition's count of records sent to the dead-letter topic, per reason code, for the meta table
 * ({@code speed:rejected:<REASON>}, column {@code p<partition>}).
 *
 * <p>The counts live in the changelogged clock store, like the hourly late counters, so they commit in the same
 * exactly-once transaction as the DLQ records they count: after a crash, a restore or a move of the partition to
 * another instance, a count is exactly the number of committed DLQ records of its partition, never one counted
 * twice. Unlike the late counters they are not sent to the updates topic per record: {@link #count} only raises the
 * number (in memory and in the cached store), and {@link #publish} sends the reasons that changed, on the task's
 * live commit interval. A value published before a commit may trail the committed count by that interval; the next
 * publish, or the first one after a restore (which sends every known reason), catches up.
 */
final class RejectedTotals {
    private static final String KEY_PREFIX = "rejected/";
    private static final ReasonCode[] REASONS = ReasonCode.values();

    private final KeyValueStore<String, Long> clock;
    private final long[] counts = new long[REASONS.length];
    private final boolean[] changed = new boolean[REASONS.length];

    /** Reads the partition's committed counts; every reason with a count is published once more. */
    RejectedTotals(KeyValueStore<String, Long> clock) {
        this.clock = clock;
        for (ReasonCode reason : REASONS) {
            Long stored = clock.get(KEY_PREFIX + reason.name());
            if (stored != null && stored > 0) {
                counts[reason.ordinal()] = stored;
                changed[reason.ordinal()] = true;
            }
        }
    }

    /** One more record of this partition went to the dead-letter topic with this reason. */
    void count(ReasonCode reason) {
        int i = reason.ordinal();
        long n = ++counts[i];
        changed[i] = true;
        clock.put(KEY_PREFIX + reason.name(), n);
    }

    /** Sends the absolute count of every reason that changed since the last call. */
    void publish(int partition, Consumer<SpeedUpdate.Rejected> out) {
        for (int i = 0; i < REASONS.length; i++) {
            if (changed[i]) {
                changed[i] = false;
                out.accept(new SpeedUpdate.Rejected(partition, REASONS[i], counts[i]));
            }
        }
    }
}
