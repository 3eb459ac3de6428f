package io.tributary.speed.hbase;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.tributary.speed.topology.SpeedUpdate;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.hadoop.hbase.client.BufferedMutator;
import org.apache.hadoop.hbase.client.BufferedMutatorParams;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.Put;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the updates topic into HBase. One loop: poll (read_committed: only updates of committed stream
 * transactions) -> keep the newest update per target -> BufferedMutator puts -> flush -> commit the offsets
 * (asynchronously; synchronously once more at a clean stop). Offsets are committed only after HBase acknowledged the
 * flush, so a crash replays only batches whose commit had not landed, and replaying an update is harmless (same row,
 * same cell timestamp, same value). Instances with the same group share the updates topic's partitions.
 */
public final class SpeedViewSink implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SpeedViewSink.class);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final BufferedMutator viewMutator;
    private final BufferedMutator metaMutator;
    private final Duration pollTimeout;
    private final Timer writeLatency;
    private final Counter written;
    private final Timer visibleLatency;
    private volatile boolean running = true;

    public SpeedViewSink(Connection hbase, SpeedTables tables, String bootstrap, String group, String topic,
                         Duration pollTimeout, Duration sessionTimeout, MeterRegistry registry) throws IOException {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 10_000);
        p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) sessionTimeout.toMillis());
        this.consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.consumer.subscribe(List.of(topic));
        this.viewMutator = hbase.getBufferedMutator(new BufferedMutatorParams(tables.view()).writeBufferSize(8L << 20));
        this.metaMutator = hbase.getBufferedMutator(tables.meta());
        this.pollTimeout = pollTimeout;
        this.writeLatency = Timer.builder("tributary.speed.hbase.write").description("HBase flush of one sink batch")
            .publishPercentiles(0.5, 0.99).register(registry);
        this.written = registry.counter("tributary.speed.hbase.puts");
        this.visibleLatency = Timer.builder("tributary.speed.event.visible.latency")
            .description("From an input event's message timestamp to the HBase flush that made its bucket visible")
            .publishPercentiles(0.5, 0.99).register(registry);
        new io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics(consumer).bindTo(registry);
    }

    @Override
    public void run() {
        boolean stoppedCleanly = false;
        try {
            while (running) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(pollTimeout);
                if (records.isEmpty()) {
                    continue;
                }
                write(newestPerTarget(records));
                long visible = System.currentTimeMillis();
                for (ConsumerRecord<byte[], byte[]> r : records) {
                    // a view update carries its input event's timestamp: one sample per event that changed the view
                    if (r.value().length > 0 && r.value()[0] == SpeedUpdate.VIEW) {
                        visibleLatency.record(Math.max(0, visible - r.timestamp()), java.util.concurrent.TimeUnit.MILLISECONDS);
                    }
                }
                // After the flush, so the committed offsets never pass what HBase holds. Asynchronous: the loop does
                // not wait a coordinator round trip per batch; a commit that fails is covered by the next one, and
                // a crash before any of them lands replays batches that are in HBase already (the same cells again).
                consumer.commitAsync(SpeedViewSink::commitDone);
            }
            stoppedCleanly = true;
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
            stoppedCleanly = true;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("HBase write failed", e);
        } finally {
            try {
                if (stoppedCleanly) {
                    // the position is the end of the last batch written (a failed write never gets here)
                    consumer.commitSync();
                }
            } finally {
                consumer.close();
            }
        }
    }

    private static void commitDone(Map<TopicPartition, OffsetAndMetadata> offsets, Exception e) {
        if (e != null) {
            LOG.debug("sink offset commit failed ({}); the next commit covers it", e.toString());
        }
    }

    private static Map<String, SpeedUpdate> newestPerTarget(ConsumerRecords<byte[], byte[]> records) {
        Map<String, SpeedUpdate> newest = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : records) {
            SpeedUpdate u = SpeedUpdate.decode(r.value());
            newest.merge(u.target(), u, (a, b) -> b.version() >= a.version() ? b : a);
        }
        return newest;
    }

    private void write(Map<String, SpeedUpdate> updates) throws IOException {
        List<Put> view = new ArrayList<>(updates.size());
        List<Put> meta = new ArrayList<>();
        for (SpeedUpdate u : updates.values()) {
            (u instanceof SpeedUpdate.View ? view : meta).add(UpdatePuts.of(u));
        }
        long start = System.nanoTime();
        viewMutator.mutate(view);
        metaMutator.mutate(meta);
        viewMutator.flush();
        metaMutator.flush();
        writeLatency.record(Duration.ofNanos(System.nanoTime() - start));
        written.increment(view.size() + meta.size());
    }

    /** Stops the loop after its current batch; the caller waits for {@link #run()} to return. */
    public void stop() {
        running = false;
        consumer.wakeup();
    }

    @Override
    public void close() throws IOException {
        viewMutator.close();
        metaMutator.close();
        LOG.info("HBase sink closed");
    }
}
