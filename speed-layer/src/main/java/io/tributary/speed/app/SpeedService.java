package io.tributary.speed.app;

import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.tributary.core.config.ConfigKeys;
import io.tributary.core.config.TributaryConfig;
import io.tributary.speed.hbase.BatchWatermarkReader;
import io.tributary.speed.hbase.HBaseConnections;
import io.tributary.speed.hbase.SpeedTables;
import io.tributary.speed.hbase.SpeedViewSink;
import io.tributary.speed.topology.CommitPacing;
import io.tributary.speed.topology.SpeedCounters;
import io.tributary.speed.topology.SpeedSettings;
import io.tributary.speed.topology.SpeedTopics;
import io.tributary.speed.topology.SpeedTopologyFactory;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One speed-layer instance: the Kafka Streams topology, the HBase sink, the Wb refresh, the consumer lag publisher
 * and the metrics endpoint.
 * Instances with the same {@code speed.application.id} share the input partitions (Kafka Streams' group) and the
 * updates topic's partitions (the sink's group). {@link #stop()} (called by the SIGTERM hook) closes the streams
 * cleanly (their last transaction commits), lets the sink write and commit what is committed, then closes HBase.
 */
public final class SpeedService {
    private static final Logger LOG = LoggerFactory.getLogger(SpeedService.class);
    /** How often Wb is read from the meta table and the consumer lag written to it. */
    private static final long META_REFRESH_SECONDS = 10;

    private final TributaryConfig config;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile Runnable stopAction = () -> { };

    private final PrometheusMeterRegistry registry;

    public SpeedService(TributaryConfig config) {
        this(config, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }

    /** With the registry its meters go to (a benchmark reads them directly). */
    public SpeedService(TributaryConfig config, PrometheusMeterRegistry registry) {
        this.config = config;
        this.registry = registry;
    }

    /** Runs until {@link #stop()} or a fatal error; throws on the latter. */
    public void run() throws Exception {
        TopicSetup.ensure(config);
        SpeedTables tables = new SpeedTables(config.get(ConfigKeys.HBASE_NAMESPACE));
        try (Connection hbase = HBaseConnections.open(config)) {
            tables.createIfMissing(hbase, config.get(ConfigKeys.SPEED_VIEW_TTL));
            BatchWatermarkReader wb = new BatchWatermarkReader(hbase, tables);
            wb.run();
            ScheduledExecutorService refresh = Executors.newSingleThreadScheduledExecutor(daemon("speed-wb-refresh"));
            refresh.scheduleWithFixedDelay(wb, META_REFRESH_SECONDS, META_REFRESH_SECONDS, TimeUnit.SECONDS);

            SpeedTopics topics = SpeedTopics.from(config);
            // its own thread: a slow broker answer must not hold up the Wb refresh
            ConsumerLagPublisher lag = new ConsumerLagPublisher(config.get(ConfigKeys.KAFKA_BOOTSTRAP_SERVERS),
                topics.transactions(), config.get(ConfigKeys.SPEED_APPLICATION_ID), hbase, tables, Duration.ofSeconds(5));
            ScheduledExecutorService lagRefresh = Executors.newSingleThreadScheduledExecutor(daemon("speed-lag-publisher"));
            lagRefresh.scheduleWithFixedDelay(lag, 1, META_REFRESH_SECONDS, TimeUnit.SECONDS);
            KafkaStreams streams = new KafkaStreams(SpeedTopologyFactory.build(topics, SpeedSettings.from(config), wb,
                new SpeedCounters(registry), CommitPacing.from(config)), SpeedConfigFactory.streamsProperties(config));
            streams.setUncaughtExceptionHandler(e -> {
                fail(e);
                return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
            });
            KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(streams);
            streamsMetrics.bindTo(registry);

            SpeedViewSink sink = new SpeedViewSink(hbase, tables, config.get(ConfigKeys.KAFKA_BOOTSTRAP_SERVERS),
                config.get(ConfigKeys.SPEED_APPLICATION_ID) + "-hbase-sink", topics.updates(),
                config.get(ConfigKeys.SPEED_SINK_POLL_TIMEOUT), config.get(ConfigKeys.SPEED_SESSION_TIMEOUT), registry);
            Thread sinkThread = new Thread(() -> {
                try {
                    sink.run();
                } catch (RuntimeException e) {
                    fail(e);
                }
            }, "speed-hbase-sink");

            try (MetricsServer metrics = new MetricsServer(config.get(ConfigKeys.LOCAL_BIND_HOST),
                config.get(ConfigKeys.SPEED_METRICS_PORT), registry, () -> streams.state() == KafkaStreams.State.RUNNING)) {
                stopAction = () -> stopped.countDown();
                streams.start();
                sinkThread.start();
                LOG.info("speed layer running: input {}, metrics on port {}", topics.transactions(), metrics.port());
                stopped.await();
                LOG.info("speed layer stopping");
                streams.close(Duration.ofSeconds(60));
                // the updates of the streams' last commit are readable now: give the sink a moment to write them
                Thread.sleep(config.get(ConfigKeys.SPEED_SINK_POLL_TIMEOUT).toMillis() * 3 + 500);
                sink.stop();
                sinkThread.join(60_000);
                sink.close();
                lagRefresh.shutdownNow();
                lagRefresh.awaitTermination(10, TimeUnit.SECONDS);
                lag.run(); // what the last commit left behind, for readers while no instance runs
                streamsMetrics.close();
            } finally {
                refresh.shutdownNow();
                lagRefresh.shutdownNow();
                lagRefresh.awaitTermination(10, TimeUnit.SECONDS);
                lag.close();
            }
        }
        Throwable e = failure.get();
        if (e != null) {
            throw new IllegalStateException("speed layer failed: " + e.getMessage(), e);
        }
        LOG.info("speed layer stopped");
    }

    /** Asks a running instance to stop; {@link #run()} returns when it has. */
    public void stop() {
        stopAction.run();
        stopped.countDown();
    }

    private void fail(Throwable e) {
        LOG.error("speed layer failed", e);
        failure.compareAndSet(null, e);
        stopped.countDown();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
