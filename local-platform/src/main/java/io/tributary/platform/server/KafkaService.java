package io.tributary.platform.server;

import io.tributary.platform.PlatformSettings;
import io.tributary.platform.ServiceKind;
import io.tributary.platform.probe.KafkaProbe;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real Kafka server in KRaft mode: one node that is broker and controller, its log folders
 * under the data folder, formatted on the first start with a cluster id kept beside them, so topics
 * and messages survive restarts exactly as on a production broker.
 */
final class KafkaService implements ManagedService {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaService.class);

    private final PlatformSettings settings;
    private KafkaRaftServer server;

    KafkaService(PlatformSettings settings) {
        this.settings = settings;
    }

    @Override
    public ServiceKind kind() {
        return ServiceKind.KAFKA;
    }

    @Override
    public void startAndAwaitReady() throws Exception {
        Path dir = settings.kafkaDir();
        Path logDir = dir.resolve("logs");
        Files.createDirectories(logDir);
        Properties props = serverProperties(logDir);
        Path propsFile = dir.resolve("server.properties");
        try (Writer out = Files.newBufferedWriter(propsFile, StandardCharsets.UTF_8)) {
            props.store(out, "Written by the local platform at each start; edits are overwritten");
        }
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            format(propsFile, clusterId(dir));
        }
        server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        server.startup();
        KafkaProbe probe = new KafkaProbe(ServiceKind.KAFKA.address(settings), Duration.ofSeconds(5));
        while (true) {
            try {
                LOG.info("Kafka ready: {}", probe.check());
                return;
            } catch (Exception notYet) {
                LOG.debug("Kafka not ready yet: {}", notYet.toString());
                Thread.sleep(300);
            }
        }
    }

    Properties serverProperties(Path logDir) {
        String host = settings.host();
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@" + host + ":" + settings.kafkaControllerPort());
        p.setProperty("listeners", "PLAINTEXT://" + host + ":" + settings.kafkaPort()
            + ",CONTROLLER://" + host + ":" + settings.kafkaControllerPort());
        p.setProperty("advertised.listeners", "PLAINTEXT://" + host + ":" + settings.kafkaPort());
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", logDir.toString());
        // One broker: every internal topic has one replica.
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "10");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("transaction.state.log.num.partitions", "10");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        // Topics are created on purpose (by the tools and tests), as on a production cluster.
        p.setProperty("auto.create.topics.enable", "false");
        p.setProperty("num.partitions", "1");
        // A small footprint: Kafka is one of four services in this JVM.
        p.setProperty("num.network.threads", "2");
        p.setProperty("num.io.threads", "4");
        p.setProperty("background.threads", "4");
        p.setProperty("log.cleaner.dedupe.buffer.size", Integer.toString(16 * 1024 * 1024));
        p.setProperty("log.segment.bytes", Integer.toString(64 * 1024 * 1024));
        return p;
    }

    /** The cluster id of this data folder: made once, then read back, so the logs always match it. */
    private static String clusterId(Path dir) throws IOException {
        Path file = dir.resolve("cluster.id");
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        String id = Uuid.randomUuid().toString();
        Files.writeString(file, id + "\n", StandardCharsets.UTF_8);
        return id;
    }

    private static void format(Path propsFile, String clusterId) throws IOException {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int rc;
        try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            rc = StorageTool.execute(new String[] {"format", "--config", propsFile.toString(),
                "--cluster-id", clusterId, "--ignore-formatted"}, out);
        }
        String output = captured.toString(StandardCharsets.UTF_8).trim();
        if (rc != 0) {
            throw new IOException("formatting Kafka storage failed (" + rc + "): " + output);
        }
        LOG.info("Formatted Kafka storage: {}", output);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }
}
