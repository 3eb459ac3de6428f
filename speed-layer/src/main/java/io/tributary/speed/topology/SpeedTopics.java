package io.tributary.speed.topology;

import io.tributary.core.config.ConfigKeys;
import io.tributary.core.config.TributaryConfig;

/**
 * The topics the speed layer reads and writes.
 *
 * @param transactions incoming events (JSON, CONTRACT 1.1); message key = customer_id (see docs/SPEED-LAYER.md)
 * @param dlq          invalid records and dedup conflicts, value unchanged, with reason headers
 * @param late         events the speed view cannot take (late by the lateness contract), value unchanged
 * @param customers    compacted customer changes: key customer_id, value one CDC row
 * @param updates      absolute bucket, watermark and late-counter values for the HBase sink
 */
public record SpeedTopics(String transactions, String dlq, String late, String customers, String updates) {

    public static SpeedTopics from(TributaryConfig config) {
        return new SpeedTopics(config.get(ConfigKeys.KAFKA_TOPIC_TRANSACTIONS), config.get(ConfigKeys.KAFKA_TOPIC_DLQ),
            config.get(ConfigKeys.KAFKA_TOPIC_LATE), config.get(ConfigKeys.KAFKA_TOPIC_CUSTOMERS),
            config.get(ConfigKeys.KAFKA_TOPIC_SPEED_UPDATES));
    }

    public static SpeedTopics defaults() {
        return from(TributaryConfig.defaults());
    }
}
