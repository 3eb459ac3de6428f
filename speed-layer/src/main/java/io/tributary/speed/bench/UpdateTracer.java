package io.tributary.speed.bench;

import io.micrometer.core.instrument.Timer;
import io.tributary.speed.topology.SpeedUpdate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Splits the event -> visible latency in two: a second read_committed reader of the updates topic (no group, no
 * processing) times each view update from its input event's message timestamp to the moment it is readable, that is
 * the stream's processing and exactly-once commit; the rest of the sink's figure is its poll and HBase flush.
 */
final class UpdateTracer implements AutoCloseable {
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Thread thread;

    UpdateTracer(String bootstrap, String topic, Timer committed) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> parts = new ArrayList<>();
        consumer.partitionsFor(topic).forEach(i -> parts.add(new TopicPartition(topic, i.partition())));
        consumer.assign(parts);
        thread = new Thread(() -> {
            try {
                while (true) {
                    long now = System.currentTimeMillis();
                    for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                        if (r.value().length > 0 && r.value()[0] == SpeedUpdate.VIEW) {
                            committed.record(Math.max(0, now - r.timestamp()), TimeUnit.MILLISECONDS);
                        }
                    }
                }
            } catch (WakeupException stop) {
                // closed
            }
        }, "bench-update-tracer");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws InterruptedException {
        consumer.wakeup();
        thread.join(10_000);
        consumer.close();
    }
}
