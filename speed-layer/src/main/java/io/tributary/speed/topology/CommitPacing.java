package io.tributary.speed.topology;

import io.tributary.core.config.ConfigKeys;
import io.tributary.core.config.TributaryConfig;
import java.time.Duration;
import java.util.Objects;

/**
 * How often the speed layer commits its exactly-once transaction. Every commit costs a few broker round trips
 * during which the stream thread processes nothing (flush of the producer, the offsets, the end of the
 * transaction), and the HBase sink writes once per committed batch. Live, a short interval keeps buckets fresh;
 * draining a backlog, the records are old already, and a long interval spends that time processing instead.
 *
 * <p>Kafka Streams' own commit interval is the long one ({@link #catchUpInterval}); while the input is fresh, each
 * task asks for a commit every {@link #liveInterval} ({@link CommitPacer}). The pace changes only when a
 * transaction ends, never its content: exactly-once and the crash story are the same in both modes.
 *
 * @param liveInterval     commit interval while caught up ({@code speed.commit.interval})
 * @param catchUpInterval  commit interval while catching up ({@code speed.commit.interval.catchup}), at least
 *                         {@code liveInterval}
 * @param catchUpThreshold the input counts as behind while the record processed last had been published longer
 *                         ago than this ({@code speed.catchup.threshold})
 */
public record CommitPacing(Duration liveInterval, Duration catchUpInterval, Duration catchUpThreshold) {

    public CommitPacing {
        Objects.requireNonNull(liveInterval, "liveInterval");
        Objects.requireNonNull(catchUpThreshold, "catchUpThreshold");
        catchUpInterval = catchUpInterval == null || catchUpInterval.compareTo(liveInterval) < 0
            ? liveInterval : catchUpInterval;
    }

    public static CommitPacing from(TributaryConfig config) {
        return new CommitPacing(config.get(ConfigKeys.SPEED_COMMIT_INTERVAL),
            config.get(ConfigKeys.SPEED_COMMIT_INTERVAL_CATCHUP), config.get(ConfigKeys.SPEED_CATCHUP_THRESHOLD));
    }

    /** One interval whatever the input's age (what Kafka Streams does on its own). */
    public static CommitPacing fixed(Duration interval) {
        return new CommitPacing(interval, interval, Duration.ZERO);
    }

    /** True when the two modes differ, so the tasks have to ask for the live commits themselves. */
    boolean adaptive() {
        return catchUpInterval.compareTo(liveInterval) > 0;
    }
}
