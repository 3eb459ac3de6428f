package io.tributary.speed.it;

import io.tributary.testing.PlatformProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Real Kafka and HBase for the integration tests: the local platform in a child JVM on free ports with its data under
 * target/ (the HBase server classes and this module's shaded HBase client cannot share one classpath). Ready when
 * both the broker and HBase answer this module's own clients.
 */
final class PlatformFixture {
    static final Path REPO = Path.of("..").toAbsolutePath().normalize();

    private PlatformFixture() {
    }

    static PlatformProcess start(Path dir) throws Exception {
        return PlatformProcess.start(REPO, dir, p -> {
            Properties props = new Properties();
            props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, p.kafkaBootstrap());
            try (Admin admin = Admin.create(props)) {
                admin.listTopics().names().get(5, TimeUnit.SECONDS);
            }
            try (Connection hbase = SpeedIt.hbase(p)) {
                hbase.getAdmin().listTableNames();
            }
        }, Duration.ofMinutes(4));
    }
}
