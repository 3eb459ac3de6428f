package io.tributary.speed.bench;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.tributary.core.config.ConfigKeys;
import io.tributary.core.config.TributaryConfig;
import io.tributary.speed.app.SpeedService;
import io.tributary.speed.app.TopicSetup;
import io.tributary.speed.hbase.HBaseConnections;
import io.tributary.speed.hbase.SpeedTables;
import io.tributary.speed.topology.SpeedTopics;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.hbase.TableName;
import org.apache.hadoop.hbase.client.BufferedMutator;
import org.apache.hadoop.hbase.client.BufferedMutatorParams;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.Put;
import org.apache.hadoop.hbase.util.Bytes;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The speed layer's benchmark on a running platform (scripts/bench-speed.sh starts a private one):
 * <ol>
 *   <li>limit 1: a plain Kafka consumer reading N events (no processing);</li>
 *   <li>limit 2: raw BufferedMutator puts of speed-view-sized rows into HBase;</li>
 *   <li>sustained throughput: N events already in the topic, from the speed layer's start until every event's
 *       update is in HBase (input and sink groups caught up);</li>
 *   <li>latency and lag: events produced at a fixed rate with fresh event times for a while; the sink's
 *       event-to-visible timer (message timestamp to HBase flush) and the input lag sampled every 10 s.</li>
 * </ol>
 * Arguments: {@code N RATE SECONDS WARMUP_SECONDS [--set key=value]...} (a warm-up of 0 s: none). Prints a Markdown table.
 */
public final class SpeedBenchmark {
    private final TributaryConfig base;
    private final PrintStream out;
    private final String tag = Long.toString(System.currentTimeMillis(), 36);

    private SpeedBenchmark(TributaryConfig base, PrintStream out) {
        this.base = base;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        long n = Long.parseLong(args[0]);
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int warmupSeconds = Integer.parseInt(args[3]);
        Map<String, String> sets = new LinkedHashMap<>();
        for (int i = 4; i + 1 < args.length; i += 2) {
            String[] kv = args[i + 1].split("=", 2);
            sets.put(kv[0], kv[1]);
        }
        SpeedBenchmark b = new SpeedBenchmark(TributaryConfig.of(sets), System.out);
        double consumer = b.consumerAlone(n);
        double puts = b.bufferedMutatorAlone(n);
        double pipeline = b.sustained(n);
        b.out.printf("%n| measure | events/s |%n|---|---:|%n| Kafka consumer alone | %.0f |%n"
            + "| raw BufferedMutator puts alone | %.0f |%n| speed layer Kafka -> HBase (backlog of %d) | %.0f |%n"
            + "| ratio to the smaller limit | %.0f %% |%n", consumer, puts, n, pipeline, 100 * pipeline / Math.min(consumer, puts));
        b.latency(rate, seconds, warmupSeconds);
        System.exit(0);
    }

    private TributaryConfig run(String name) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("kafka.topic.transactions", "bench-" + tag + "-" + name + ".transactions");
        s.put("kafka.topic.dlq", "bench-" + tag + "-" + name + ".dlq");
        s.put("kafka.topic.late", "bench-" + tag + "-" + name + ".late");
        s.put("kafka.topic.customers", "bench-" + tag + "-" + name + ".customers");
        s.put("kafka.topic.speed.updates", "bench-" + tag + "-" + name + ".updates");
        s.put("hbase.namespace", "bench_" + tag + "_" + name);
        s.put("speed.application.id", "bench-" + tag + "-" + name);
        s.put("speed.state.dir", "var/bench-speed/state-" + tag + "-" + name);
        return base.with(s);
    }

    private KafkaProducer<byte[], byte[]> producer(TributaryConfig c) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, c.get(ConfigKeys.KAFKA_BOOTSTRAP_SERVERS));
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Publishes n events with event times spread over the last hour, as fast as possible. */
    private void backlog(TributaryConfig c, long n) {
        TopicSetup.ensure(c);
        SyntheticEvents events = new SyntheticEvents(tag);
        Instant start = Instant.now().minus(Duration.ofHours(1));
        String topic = SpeedTopics.from(c).transactions();
        java.util.concurrent.atomic.AtomicLong failed = new java.util.concurrent.atomic.AtomicLong();
        try (KafkaProducer<byte[], byte[]> producer = producer(c)) {
            for (long i = 0; i < n; i++) {
                Instant t = start.plusMillis(i * 3_600_000L / n);
                producer.send(new ProducerRecord<>(topic, SyntheticEvents.customer(i).getBytes(StandardCharsets.UTF_8),
                    events.event(i, t)), (meta, e) -> {
                        if (e != null) {
                            failed.incrementAndGet();
                        }
                    });
            }
            producer.flush();
        }
        if (failed.get() > 0) {
            out.printf("(%d of %d backlog sends failed)%n", failed.get(), n);
        }
    }

    private double consumerAlone(long n) {
        TributaryConfig c = run("consumer");
        backlog(c, n);
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, c.get(ConfigKeys.KAFKA_BOOTSTRAP_SERVERS));
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + tag + "-plain");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 10_000);
        long read = 0;
        long start = System.nanoTime();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(SpeedTopics.from(c).transactions()));
            while (read < n) {
                read += consumer.poll(Duration.ofMillis(500)).count();
            }
        }
        double rate = read / ((System.nanoTime() - start) / 1e9);
        out.printf("Kafka consumer alone: %d events in %.1f s = %.0f events/s%n", read, read / rate, rate);
        return rate;
    }

    private double bufferedMutatorAlone(long n) throws Exception {
        TributaryConfig c = run("puts");
        try (Connection hbase = HBaseConnections.open(c)) {
            SpeedTables tables = new SpeedTables(c.get(ConfigKeys.HBASE_NAMESPACE));
            tables.createIfMissing(hbase, Duration.ofDays(14));
            TableName table = tables.view();
            long start = System.nanoTime();
            try (BufferedMutator m = hbase.getBufferedMutator(new BufferedMutatorParams(table).writeBufferSize(8L << 20))) {
                byte[] f = SpeedTables.VIEW_FAMILY;
                for (long i = 0; i < n; i++) {
                    Put put = new Put(Bytes.toBytes(SyntheticEvents.customer(i) + "\u0000" + (2026112600 + i % 24) + "EUR" + i));
                    for (byte[] q : new byte[][] {SpeedTables.SEEN, SpeedTables.LATE, SpeedTables.TXN_COUNT,
                        SpeedTables.APPROVED_COUNT, SpeedTables.APPROVED_CENTS, SpeedTables.DECLINED_COUNT,
                        SpeedTables.REVERSED_CENTS, SpeedTables.KAFKA_COUNT}) {
                        put.addColumn(f, q, i, Bytes.toBytes(i));
                    }
                    m.mutate(put);
                }
                m.flush();
            }
            double rate = n / ((System.nanoTime() - start) / 1e9);
            out.printf("raw BufferedMutator puts alone: %d rows of 8 cells in %.1f s = %.0f puts/s%n", n, n / rate, rate);
            return rate;
        }
    }

    private double sustained(long n) throws Exception {
        TributaryConfig c = run("pipeline");
        backlog(c, n);
        SpeedTopics topics = SpeedTopics.from(c);
        String app = c.get(ConfigKeys.SPEED_APPLICATION_ID);
        long inTopic = lag(c, app, topics.transactions()); // no group yet: every record of the topic
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        SpeedService service = new SpeedService(c, registry);
        Thread t = new Thread(() -> {
            try {
                service.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "bench-speed");
        long start = System.nanoTime();
        t.start();
        long firstCommit = 0;
        long lagAtFirstCommit = inTopic;
        long lag;
        while ((lag = lag(c, app, topics.transactions())) > 0 || lag(c, app + "-hbase-sink", topics.updates()) > 0) {
            if (firstCommit == 0 && lag < inTopic) {
                firstCommit = System.nanoTime();
                lagAtFirstCommit = lag;
            }
            Thread.sleep(200);
        }
        long end = System.nanoTime();
        String commits = commitsAndFlushes(registry);
        service.stop();
        t.join();
        double secs = (end - start) / 1e9;
        double steady = firstCommit == 0 ? inTopic / secs : lagAtFirstCommit / ((end - firstCommit) / 1e9);
        out.printf("speed layer: %d events in the topic, Kafka -> HBase in %.1f s from start (incl. start-up: %.0f events/s);"
            + " from the first input commit (%.1f s after start) %d events in %.1f s = %.0f events/s%n", inTopic, secs,
            inTopic / secs, firstCommit == 0 ? 0 : (firstCommit - start) / 1e9, lagAtFirstCommit,
            (end - firstCommit) / 1e9, steady);
        out.printf("  %s%n", commits);
        return steady;
    }

    private void send(KafkaProducer<byte[], byte[]> producer, String topic, SyntheticEvents events, long i) {
        producer.send(new ProducerRecord<>(topic, SyntheticEvents.customer(i).getBytes(StandardCharsets.UTF_8),
            events.event(i, Instant.now())));
    }

    /** Sleeps until event i of a run at the rate that began at start is due. */
    private static void pace(long start, long i, int rate) throws InterruptedException {
        long wait = start + i * 1_000_000_000L / rate - System.nanoTime();
        if (wait > 1_000_000) {
            Thread.sleep(wait / 1_000_000);
        }
    }

    private void latency(int rate, int seconds, int warmupSeconds) throws Exception {
        TributaryConfig c = run("latency");
        TopicSetup.ensure(c);
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().meterFilter(LatencyIntervals.wholePhase());
        SpeedService service = new SpeedService(c, registry);
        Thread t = new Thread(() -> {
            try {
                service.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "bench-speed");
        long launched = System.nanoTime();
        t.start();
        double readyAfter = awaitReady(c, Duration.ofSeconds(120));
        Thread.sleep(Math.max(0, 20_000 - (System.nanoTime() - launched) / 1_000_000)); // at least 20 s of start-up
        SyntheticEvents events = new SyntheticEvents(tag + "l");
        String topic = SpeedTopics.from(c).transactions();
        String app = c.get(ConfigKeys.SPEED_APPLICATION_ID);
        LatencyIntervals intervals = new LatencyIntervals(registry.get(LatencyIntervals.TIMER).timer());
        Timer committedTimer = Timer.builder(LatencyIntervals.COMMITTED_TIMER).publishPercentiles(0.5, 0.99).register(registry);
        LatencyIntervals committed = new LatencyIntervals(committedTimer);
        List<String> lagSamples = new ArrayList<>();
        List<String> intervalLines = new ArrayList<>();
        long total = (long) rate * seconds;
        long warmupEvents = (long) rate * warmupSeconds;
        String warmup = "none";
        long start;
        double achieved;
        try (UpdateTracer tracer = new UpdateTracer(c.get(ConfigKeys.KAFKA_BOOTSTRAP_SERVERS), SpeedTopics.from(c).updates(),
                 committedTimer);
             KafkaProducer<byte[], byte[]> producer = producer(c)) {
            if (warmupEvents > 0) {
                // Unmeasured: the same rate and events (ids after the measured phase's), then a clean start of the
                // counts. Samples of warm-up events that become visible after the start stay in the measured phase.
                long warmupStart = System.nanoTime();
                for (long i = 0; i < warmupEvents; i++) {
                    send(producer, topic, events, total + i);
                    pace(warmupStart, i, rate);
                }
                producer.flush();
                warmup = String.format("%d s at %d events/s: visible %s; committed %s", warmupSeconds, rate,
                    intervals.interval(), committed.interval());
                intervals.startPhase();
                committed.startPhase();
            }
            // after the tracer and the producer exist: their set-up must not become a burst of overdue sends
            start = System.nanoTime();
            long nextSample = start + 2_000_000_000L; // every 2 s for the first 20 s, then every 10 s
            for (long i = 0; i < total; i++) {
                send(producer, topic, events, i);
                pace(start, i, rate);
                if (System.nanoTime() > nextSample) {
                    long at = Math.round((System.nanoTime() - start) / 1e9);
                    long lag = lag(c, app, topic);
                    if (at % 10 == 0) {
                        lagSamples.add(String.format("%ds:%d", at, lag));
                    }
                    intervalLines.add(String.format("  %4ds lag %6d | visible: %s | committed: %s", at, lag,
                        intervals.interval(), committed.interval()));
                    if (at == 30) {
                        intervals.mark();
                        committed.mark();
                    }
                    nextSample += (at < 20 ? 2 : 10) * 1_000_000_000L;
                }
            }
            producer.flush();
            achieved = total / ((System.nanoTime() - start) / 1e9);
            Thread.sleep(3000);
            intervalLines.add(String.format("   end +3s      | visible: %s | committed: %s", intervals.interval(),
                committed.interval()));
        }
        String commits = commitsAndFlushes(registry);
        service.stop();
        t.join();
        Timer timer = registry.get(LatencyIntervals.TIMER).timer();
        out.printf("%nlatency at %d events/s for %d s (achieved %.0f events/s, %d samples; streams ready %.1f s after"
            + " the start, events from %.1f s):%n", rate, seconds, achieved, timer.count(), readyAfter,
            (start - launched) / 1e9);
        out.printf("  unmeasured warm-up before the phase: %s%n", warmup);
        String scope = warmupEvents > 0 ? "warm-up included" : "whole phase";
        for (ValueAtPercentile p : timer.takeSnapshot().percentileValues()) {
            out.printf("  event -> visible in HBase p%.0f: %.0f ms (%s)%n", p.percentile() * 100, p.value(TimeUnit.MILLISECONDS), scope);
        }
        out.printf("  max: %.0f ms (%s)%n", timer.max(TimeUnit.MILLISECONDS), scope);
        out.printf("  buckets, whole phase: %s%n", intervals.sinceStart());
        out.printf("  buckets, after the first 30 s: %s%n", intervals.sinceMark());
        out.printf("  input event -> update committed on the updates topic (stream processing and commit): whole phase %s;"
            + " after the first 30 s %s%n", committed.sinceStart(), committed.sinceMark());
        out.printf("  input lag (committed offsets) every 10 s: %s%n", String.join(" ", lagSamples));
        out.printf("  per interval since the previous line (every 2 s, after 20 s every 10 s):%n%s%n",
            String.join("\n", intervalLines));
        out.printf("  %s%n", commits);
    }

    /** Seconds from now until the instance's /health/ready answers 200 (its streams are RUNNING); NaN on timeout. */
    private static double awaitReady(TributaryConfig c, Duration timeout) throws InterruptedException {
        java.net.URI uri = java.net.URI.create("http://" + c.get(ConfigKeys.LOCAL_BIND_HOST) + ":"
            + c.get(ConfigKeys.SPEED_METRICS_PORT) + "/health/ready");
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        long begin = System.nanoTime();
        while (System.nanoTime() - begin < timeout.toNanos()) {
            try {
                if (http.send(java.net.http.HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - begin) / 1e9;
                }
            } catch (java.io.IOException notYet) {
                // the metrics server is not listening yet
            }
            Thread.sleep(100);
        }
        return Double.NaN;
    }

    /**
     * Where a run's time went, from the meters of the run's registry (read before the service stops: Kafka Streams
     * drops its metrics at close): exactly-once commits of the stream threads and their mean latency, HBase
     * flushes of the sink and their mean time.
     */
    private static String commitsAndFlushes(PrometheusMeterRegistry registry) {
        double commits = sum(registry, "kafka.stream.thread.commit.total");
        double commitMs = registry.find("kafka.stream.thread.commit.latency.avg").gauges().stream()
            .mapToDouble(io.micrometer.core.instrument.Gauge::value).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
        Timer flush = registry.get("tributary.speed.hbase.write").timer();
        return String.format("stream commits: %.0f (commit latency avg, last window: %.0f ms); sink HBase flushes: %d,"
            + " mean %.0f ms, %.0f puts", commits, commitMs, flush.count(), flush.mean(TimeUnit.MILLISECONDS),
            registry.get("tributary.speed.hbase.puts").counter().count());
    }

    private static double sum(PrometheusMeterRegistry registry, String name) {
        double total = 0;
        for (io.micrometer.core.instrument.Meter m : registry.find(name).meters()) {
            for (io.micrometer.core.instrument.Measurement x : m.measure()) {
                total += Double.isNaN(x.getValue()) ? 0 : x.getValue();
            }
        }
        return total;
    }

    private org.apache.kafka.clients.admin.Admin admin;

    /** Records of the topic not yet committed by the group. */
    private long lag(TributaryConfig c, String group, String topic) throws Exception {
        if (admin == null) {
            Properties p = new Properties();
            p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, c.get(ConfigKeys.KAFKA_BOOTSTRAP_SERVERS));
            admin = org.apache.kafka.clients.admin.Admin.create(p);
        }
        {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> ask = new LinkedHashMap<>();
            admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic).partitions()
                .forEach(i -> ask.put(new TopicPartition(topic, i.partition()), OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end = admin.listOffsets(ask).all().get(30, TimeUnit.SECONDS);
            long lag = 0;
            for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> e : end.entrySet()) {
                OffsetAndMetadata o = committed.get(e.getKey());
                lag += e.getValue().offset() - (o == null ? 0 : o.offset());
            }
            return lag;
        }
    }
}
