package io.tributary.speed.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.testing.ChildJvm;
import io.tributary.testing.Folders;
import io.tributary.testing.PlatformProcess;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.cli.CommandRunner;
import io.tributary.cli.TributaryCli;
import io.tributary.core.config.TributaryConfig;
import io.tributary.speed.app.EventPublisher;
import io.tributary.speed.app.TopicSetup;
import io.tributary.speed.hbase.SpeedTables;
import io.tributary.speed.topology.Headers;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The speed layer as a real process against a real broker and a real HBase: 100 000 generated events with
 * re-sends, late and invalid ones. The HBase speed view, the meta rows and the DLQ and late topics must equal an
 * independent computation over the same events; then the same run again while the process is killed with
 * SIGKILL three times must end in the identical HBase state with nothing in the topics twice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SpeedLayerIT {
    private static final int PARTITIONS = 3;
    private static final Duration GRACE = Duration.ofMinutes(10);

    private final Path dir = Path.of("target", "speed-it", UUID.randomUUID().toString()).toAbsolutePath();
    private PlatformProcess platform;
    private EventPublisher.Inputs inputs;
    private ExpectedSpeedView expected;
    private Map<String, Long> firstRunCells;

    @BeforeAll
    void startPlatformAndGenerate() throws Exception {
        platform = PlatformFixture.start(dir);
        Path data = dir.resolve("data");
        // all event days lie in the past, so no valid event is FUTURE_EVENT_TIME against the publish time
        String start = LocalDate.now(ZoneOffset.UTC).minusDays(5).toString();
        int rc = CommandRunner.run(new TributaryCli(), "generate", "--out", data.toString(), "--events", "100000",
            "--kafka-share", "1", "--start-date", start, "--seed", "5");
        assertThat(rc).isZero();
        inputs = EventPublisher.inputsOf(data);
        expected = ExpectedSpeedView.compute(inputs.transactionFiles(),
            ExpectedSpeedView.testCustomers(inputs.customerFiles()), PARTITIONS, GRACE);
        assertThat(expected.late).isNotEmpty();
        assertThat(expected.duplicates).isPositive();
        assertThat(expected.dlq).anyMatch(s -> s.startsWith("DUPLICATE_CONFLICT"));
    }

    @AfterAll
    void stopPlatform() throws Exception {
        if (platform != null) {
            platform.close();
        }
        // keep the logs (target/speed-it/<run>/*.log), drop the data
        for (String big : List.of("platform", "data", "it-a-state", "it-b-state")) {
            Folders.deleteTree(dir.resolve(big));
        }
    }

    @Test
    @Order(1)
    void theSpeedViewEqualsAnIndependentComputation() throws Exception {
        Run run = new Run("it-a");
        run.publish(0);
        try (ChildJvm speed = run.startSpeed()) {
            run.awaitView(Duration.ofMinutes(5));
            run.awaitCaughtUp(Duration.ofMinutes(1));
            assertThat(speed.stop(90)).as("exit code after SIGTERM, see " + speed.log()).isZero();
        }
        // the whole input was published before the start: the first measurements saw it waiting
        assertThat(run.largestLagSeen).as("consumer lag measured while draining the backlog").isPositive();
        run.assertComplete();
        run.assertFreshnessAnswer();
        firstRunCells = run.cells();
    }

    @Test
    @Order(2)
    void killedThreeTimesItEndsInTheSameStateWithNothingCountedTwice() throws Exception {
        Run run = new Run("it-b");
        Thread producer = new Thread(() -> {
            try {
                run.publish(1_500); // about a minute of input, so the kills fall in the middle of it
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "it-producer");
        producer.start();
        ChildJvm speed = run.startSpeed();
        int midRunKills = 0;
        for (int kill = 0; kill < 3; kill++) {
            // kill only once this instance has written to HBase: a crash with work in flight, not during start-up
            int before = run.view().size();
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (run.view().size() <= before && System.nanoTime() < deadline) {
                Thread.sleep(250);
            }
            Thread.sleep(300 + kill * 200L);
            assertThat(speed.isAlive()).as("speed process alive before kill " + kill + ", see " + speed.log()).isTrue();
            speed.kill();
            if (run.view().size() < expected.view.size()) {
                midRunKills++;
            }
            speed = run.startSpeed();
        }
        assertThat(midRunKills).as("kills while the view was still incomplete").isPositive();
        producer.join();
        try (ChildJvm last = speed) {
            run.awaitView(Duration.ofMinutes(6));
            run.awaitCaughtUp(Duration.ofMinutes(1));
            assertThat(last.stop(90)).isZero();
        }
        run.assertComplete();
        if (firstRunCells != null) {
            assertThat(run.cells()).isEqualTo(firstRunCells);
        }
    }

    /** One speed-layer deployment with its own topics, HBase namespace, group and state. */
    private final class Run {
        final String name;
        final Map<String, String> settings = new TreeMap<>();
        int starts;
        long largestLagSeen = -1;

        Run(String name) {
            this.name = name;
            settings.putAll(platform.clientSettings());
            settings.put("kafka.topic.transactions", name + ".transactions");
            settings.put("kafka.topic.dlq", name + ".dlq");
            settings.put("kafka.topic.late", name + ".late");
            settings.put("kafka.topic.customers", name + ".customers");
            settings.put("kafka.topic.speed.updates", name + ".updates");
            settings.put("kafka.topic.partitions", "" + PARTITIONS);
            settings.put("hbase.namespace", name.replace('-', '_'));
            settings.put("speed.application.id", name);
            settings.put("speed.session.timeout", "6s");
            settings.put("speed.view.ttl", "3650d");
            settings.put("speed.state.dir", dir.resolve(name + "-state").toString());
        }

        TributaryConfig config() {
            return TributaryConfig.of(settings);
        }

        void publish(int rate) throws Exception {
            TopicSetup.ensure(config());
            try (EventPublisher publisher = new EventPublisher(config())) {
                publisher.publishCustomers(inputs.customerFiles());
                publisher.publishTransactions(inputs.transactionFiles(), rate, new PrintWriter(new StringWriter()));
            }
        }

        ChildJvm startSpeed() throws Exception {
            List<String> args = new ArrayList<>(List.of("speed"));
            try (ServerSocket s = new ServerSocket(0)) {
                args.add("--set");
                args.add("speed.metrics.port=" + s.getLocalPort());
            }
            settings.forEach((k, v) -> {
                args.add("--set");
                args.add(k + "=" + v);
            });
            return ChildJvm.start(PlatformFixture.REPO, System.getProperty("java.class.path"), "io.tributary.speed.cli.SpeedCli", args, "512m",
                dir.resolve(name + "-speed-" + (starts++) + ".log"));
        }

        SpeedTables tables() {
            return new SpeedTables(settings.get("hbase.namespace"));
        }

        /**
         * Every cell the speed layer derives from the order of each input partition, to compare two runs. Not the lag
         * row (a measurement of a moment), nor the dead-letter counters: invalid lines have no key, so the producer
         * spreads them over the partitions differently in each run; {@link #assertComplete} checks those counters
         * against each run's own DLQ topic, and the DLQ topic against the expected records.
         */
        Map<String, Long> cells() throws Exception {
            try (Connection hbase = SpeedIt.hbase(platform)) {
                Map<String, Long> all = new TreeMap<>(SpeedIt.cells(hbase, tables().view()));
                all.putAll(SpeedIt.cells(hbase, tables().meta()));
                all.keySet().removeIf(k -> k.startsWith("speed:lag|") || k.startsWith("speed:rejected:"));
                return all;
            }
        }

        /** The meta rows whose key starts with {@code prefix}, as {@code row|s:p<partition> -> value}. */
        Map<String, Long> meta(String prefix) throws Exception {
            try (Connection hbase = SpeedIt.hbase(platform)) {
                Map<String, Long> rows = SpeedIt.values(SpeedIt.cells(hbase, tables().meta()));
                rows.keySet().removeIf(k -> !k.startsWith(prefix));
                return rows;
            }
        }

        /** The consumer lag row, checked: one column per partition, none negative; also notes the largest total. */
        long lag() throws Exception {
            Map<String, Long> lag = meta("speed:lag|");
            if (lag.isEmpty()) {
                return -1; // not measured yet
            }
            assertThat(lag.keySet()).containsExactly("speed:lag|s:p0", "speed:lag|s:p1", "speed:lag|s:p2");
            assertThat(lag.values()).allMatch(v -> v >= 0);
            long total = lag.values().stream().mapToLong(Long::longValue).sum();
            largestLagSeen = Math.max(largestLagSeen, total);
            return total;
        }

        /** Waits until the measured lag is 0: everything published is processed and committed. */
        void awaitCaughtUp(Duration timeout) throws Exception {
            long deadline = System.nanoTime() + timeout.toNanos();
            long lag = lag();
            while (lag != 0 && System.nanoTime() < deadline) {
                Thread.sleep(1000);
                lag = lag();
            }
            assertThat(lag).as("consumer lag once the view is complete").isZero();
        }

        Map<String, Long> view() throws Exception {
            try (Connection hbase = SpeedIt.hbase(platform)) {
                return SpeedIt.values(SpeedIt.cells(hbase, tables().view()));
            }
        }

        void awaitView(Duration timeout) throws Exception {
            long deadline = System.nanoTime() + timeout.toNanos();
            Map<String, Long> view = Map.of();
            while (System.nanoTime() < deadline) {
                view = view();
                lag();
                if (view.equals(expected.view)) {
                    return;
                }
                Thread.sleep(2000);
            }
            assertThat(view).as("speed view after " + timeout).isEqualTo(expected.view);
        }

        void assertComplete() throws Exception {
            assertThat(view()).isEqualTo(expected.view);
            try (Connection hbase = SpeedIt.hbase(platform)) {
                Map<String, Long> meta = SpeedIt.values(SpeedIt.cells(hbase, tables().meta()));
                Map<String, Long> lateHours = new TreeMap<>(meta);
                lateHours.keySet().removeIf(k -> !k.startsWith("speed:late:"));
                assertThat(lateHours).isEqualTo(expected.lateHours);
                Map<String, Long> watermarks = new TreeMap<>(meta);
                watermarks.keySet().removeIf(k -> !k.startsWith("speed:watermark"));
                // Ws is published once per second of event time: within a second of the exact value
                assertThat(watermarks.keySet()).isEqualTo(expected.watermarks.keySet());
                watermarks.forEach((k, v) -> assertThat(v).isBetween(expected.watermarks.get(k) - 1000, expected.watermarks.get(k)));
            }
            List<String> dlq = new ArrayList<>();
            Map<String, Long> dlqByReasonAndPartition = new TreeMap<>();
            for (ConsumerRecord<byte[], byte[]> r : SpeedIt.readAll(platform.kafkaBootstrap(), settings.get("kafka.topic.dlq"))) {
                dlq.add(SpeedIt.header(r, Headers.REASON) + " " + new String(r.value(), StandardCharsets.UTF_8));
                dlqByReasonAndPartition.merge("speed:rejected:" + SpeedIt.header(r, Headers.REASON) + "|s:p"
                    + SpeedIt.header(r, Headers.SOURCE_PARTITION), 1L, Long::sum);
            }
            assertThat(dlq).containsExactlyInAnyOrderElementsOf(expected.dlq);
            // the dead-letter totals count exactly the committed DLQ records, per reason and source partition
            assertThat(meta("speed:rejected:")).isEqualTo(dlqByReasonAndPartition);
            assertThat(lag()).as("consumer lag after the clean stop").isZero();
            List<String> late = new ArrayList<>();
            for (ConsumerRecord<byte[], byte[]> r : SpeedIt.readAll(platform.kafkaBootstrap(), settings.get("kafka.topic.late"))) {
                late.add(new String(r.value(), StandardCharsets.UTF_8));
            }
            assertThat(late).containsExactlyInAnyOrderElementsOf(expected.late);
        }

        /** The serving layer's process over this run's namespace: its freshness answer carries the speed totals. */
        void assertFreshnessAnswer() throws Exception {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            List<String> args = new ArrayList<>(List.of("serve", "--port", Integer.toString(port)));
            settings.forEach((k, v) -> {
                args.add("--set");
                args.add(k + "=" + v);
            });
            try (ChildJvm serving = ChildJvm.start(PlatformFixture.REPO,
                ChildJvm.moduleClasspath(PlatformFixture.REPO, "serving-layer", "tributary-serving-layer"),
                "io.tributary.serving.ServingCli", args, "256m", dir.resolve(name + "-serving.log"))) {
                JsonNode speed = SpeedIt.freshness(port, Duration.ofMinutes(1)).get("speed");
                Map<String, Long> byReason = new TreeMap<>();
                expected.dlq.forEach(d -> byReason.merge(d.substring(0, d.indexOf(' ')), 1L, Long::sum));
                assertThat(speed.get("rejected_total").isIntegralNumber()).as(speed.toString()).isTrue();
                assertThat(speed.get("rejected_total").asLong()).isEqualTo(expected.dlq.size());
                Map<String, Long> answered = new TreeMap<>();
                speed.get("rejected_by_reason").properties().forEach(e -> answered.put(e.getKey(), e.getValue().asLong()));
                assertThat(answered).isEqualTo(byReason);
                assertThat(speed.get("consumer_lag").isIntegralNumber()).as(speed.toString()).isTrue();
                assertThat(speed.get("consumer_lag").asLong()).isZero();
                assertThat(speed.get("consumer_lag_measured_at").asText()).isNotEmpty();
                assertThat(speed.get("late_total").asLong()).isEqualTo(expected.late.size());
                assertThat(serving.isAlive()).isTrue();
            }
        }
    }
}
