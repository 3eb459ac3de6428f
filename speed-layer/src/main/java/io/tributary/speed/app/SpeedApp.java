package io.tributary.speed.app;

import io.tributary.core.config.TributaryConfig;
import io.tributary.speed.topology.CommitPacing;
import io.tributary.speed.topology.SpeedCounters;
import io.tributary.speed.topology.SpeedSettings;
import io.tributary.speed.topology.SpeedTopics;
import io.tributary.speed.topology.SpeedTopologyFactory;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The speed layer's stream processing alone, on the local platform's defaults, in the style of the Kafka Streams
 * examples. {@code tributary speed} runs the same topology together with the HBase sink, metrics and Wb refresh.
 */
public final class SpeedApp {
    private SpeedApp() {
    }

    public static void main(String[] args) throws InterruptedException {
        TributaryConfig config = TributaryConfig.defaults();
        KafkaStreams streams = new KafkaStreams(SpeedTopologyFactory.build(SpeedTopics.from(config),
            SpeedSettings.from(config), () -> null, new SpeedCounters(new SimpleMeterRegistry()), CommitPacing.from(config)),
            SpeedConfigFactory.streamsProperties(config));
        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> { streams.close(); done.countDown(); }));
        streams.start();
        done.await();
    }
}
