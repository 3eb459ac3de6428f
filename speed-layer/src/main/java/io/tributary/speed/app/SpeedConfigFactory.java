package io.tributary.speed.app;

import io.tributary.core.config.ConfigKeys;
import io.tributary.core.config.TributaryConfig;
import io.tributary.speed.topology.CommitPacing;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The Kafka Streams configuration of the speed layer, from Tributary's configuration.
 *
 * <p>{@code exactly_once_v2}: the state stores' changelogs, the input offsets and every output (DLQ, late, updates)
 * commit in one Kafka transaction. The HBase sink reads the updates topic {@code read_committed}, so HBase only
 * ever sees updates of committed transactions; see docs/SPEED-LAYER.md for the crash story.
 */
public final class SpeedConfigFactory {
    private SpeedConfigFactory() {
    }

    public static Properties streamsProperties(TributaryConfig config) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, config.get(ConfigKeys.SPEED_APPLICATION_ID));
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.get(ConfigKeys.KAFKA_BOOTSTRAP_SERVERS));
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.get(ConfigKeys.SPEED_THREADS));
        // The long (catch-up) interval: while the input is fresh the tasks ask for a commit every
        // speed.commit.interval themselves (CommitPacing).
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, CommitPacing.from(config).catchUpInterval().toMillis());
        p.put(StreamsConfig.STATE_DIR_CONFIG, Path.of(config.get(ConfigKeys.SPEED_STATE_DIR)).toAbsolutePath().toString());
        p.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class);
        p.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class);
        // The input's own order is the processing order (no waiting to interleave partitions by timestamp).
        p.put(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG, 0L);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG),
            (int) config.get(ConfigKeys.SPEED_SESSION_TIMEOUT).toMillis());
        p.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 5);
        // A transaction that starts while the previous one's markers are still being written gets
        // CONCURRENT_TRANSACTIONS and retries; the default 100 ms backoff would add that to every commit's latency.
        p.put(StreamsConfig.producerPrefix(ProducerConfig.RETRY_BACKOFF_MS_CONFIG), 10);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        return p;
    }
}
