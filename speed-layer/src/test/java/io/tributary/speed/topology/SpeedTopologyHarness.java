package io.tributary.speed.topology;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tributary.core.parse.ValidationRules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/** The speed topology in a {@link TopologyTestDriver}, with helpers to publish events and read the outcome. */
final class SpeedTopologyHarness implements AutoCloseable {
    static final SpeedTopics TOPICS = SpeedTopics.defaults();

    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final AtomicReference<Instant> batchWatermark = new AtomicReference<>();
    final TopologyTestDriver driver;
    final TestInputTopic<byte[], byte[]> transactions;
    final TestInputTopic<String, byte[]> customers;
    final TestOutputTopic<byte[], byte[]> dlq;
    final TestOutputTopic<byte[], byte[]> late;
    final TestOutputTopic<byte[], byte[]> updates;
    /** Latest update per target, collected by {@link #drainUpdates()}. */
    final Map<String, SpeedUpdate> latest = new HashMap<>();

    SpeedTopologyHarness() {
        this(Duration.ofMinutes(10), Duration.ofDays(7));
    }

    SpeedTopologyHarness(Duration grace, Duration retention) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "speed-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.STATE_DIR_CONFIG, Path.of("target", "streams-state", UUID.randomUUID().toString())
            .toAbsolutePath().toString());
        SpeedSettings settings = new SpeedSettings(grace, retention, ValidationRules.DEFAULT);
        driver = new TopologyTestDriver(SpeedTopologyFactory.build(TOPICS, settings, batchWatermark::get,
            new SpeedCounters(registry), CommitPacing.from(io.tributary.core.config.TributaryConfig.defaults())), p);
        transactions = driver.createInputTopic(TOPICS.transactions(), new ByteArraySerializer(), new ByteArraySerializer());
        customers = driver.createInputTopic(TOPICS.customers(), new StringSerializer(), new ByteArraySerializer());
        dlq = driver.createOutputTopic(TOPICS.dlq(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        late = driver.createOutputTopic(TOPICS.late(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        updates = driver.createOutputTopic(TOPICS.updates(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** An event as JSON, valid by CONTRACT 1.1. */
    static String event(String id, String customer, String amount, String currency, String time, String status) {
        return "{\"event_id\":\"" + id + "\",\"customer_id\":\"" + customer + "\",\"merchant_id\":\"M1\",\"amount\":\""
            + amount + "\",\"currency\":\"" + currency + "\",\"event_time\":\"" + time
            + "\",\"channel\":\"POS\",\"status\":\"" + status + "\",\"country\":\"DE\",\"schema_version\":1}";
    }

    static String event(String id, String customer, String amount, String time) {
        return event(id, customer, amount, "EUR", time, "APPROVED");
    }

    /** Publishes a message keyed by customer; its ingest time (message timestamp) is one day after 2026-11-26. */
    void publish(String customer, String json) {
        publish(customer, json.getBytes(StandardCharsets.UTF_8), Instant.parse("2026-11-27T00:00:00Z"));
    }

    void publish(String customer, byte[] value, Instant timestamp) {
        transactions.pipeInput(customer == null ? null : customer.getBytes(StandardCharsets.UTF_8), value, timestamp);
    }

    void customer(String id, String segment, String updatedAt) {
        customers.pipeInput(id, ("U," + id + ",Name,n@example.com,DE," + segment + "," + updatedAt)
            .getBytes(StandardCharsets.UTF_8), Instant.parse("2026-11-27T00:00:00Z"));
    }

    void drainUpdates() {
        for (TestRecord<byte[], byte[]> r : updates.readRecordsToList()) {
            SpeedUpdate u = SpeedUpdate.decode(r.value());
            latest.put(u.target(), u);
        }
    }

    /** The latest counts of a bucket, or null when it never changed. */
    BucketCounts bucket(String customer, String hourStart, String currency) {
        drainUpdates();
        SpeedUpdate u = latest.get(new SpeedUpdate.View(new BucketKey(customer, Instant.parse(hourStart), currency),
            new BucketCounts()).target());
        return u == null ? null : ((SpeedUpdate.View) u).counts();
    }

    List<TestRecord<byte[], byte[]>> dlqRecords() {
        return dlq.readRecordsToList();
    }

    List<TestRecord<byte[], byte[]>> lateRecords() {
        return late.readRecordsToList();
    }

    double counter(String name, String... tags) {
        return registry.get(name).tags(tags).counter().count();
    }

    static String header(TestRecord<byte[], byte[]> r, String name) {
        return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        driver.close();
    }
}
