package io.tributary.platform.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.config.TributaryConfig;
import io.tributary.platform.PlatformSettings;
import io.tributary.platform.PlatformState;
import io.tributary.platform.PlatformState.Phase;
import io.tributary.platform.PlatformState.ServiceState;
import io.tributary.platform.ServiceKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupSequenceTest {
    @TempDir
    Path dir;

    private final List<String> events = Collections.synchronizedList(new ArrayList<>());
    private PlatformSettings settings;
    private PlatformState state;

    @BeforeEach
    void state() {
        settings = PlatformSettings.from(TributaryConfig.of(Map.of("local.data.dir", dir.toString())));
        state = PlatformState.starting(1, settings);
    }

    @Test
    void startsInOrderAndStopsInReverseOnce() throws Exception {
        StartupSequence seq = sequence(fake(ServiceKind.HDFS, 0, false), fake(ServiceKind.KAFKA, 0, false));
        assertThat(seq.startAll(Duration.ofSeconds(10))).isTrue();
        assertThat(read().phase()).isEqualTo(Phase.RUNNING);
        assertThat(read().serviceState(ServiceKind.KAFKA)).isEqualTo(ServiceState.READY);

        seq.stopAll();
        seq.stopAll();
        assertThat(events).containsExactly("start HDFS", "start Kafka", "stop Kafka", "stop HDFS");
        assertThat(read().phase()).isEqualTo(Phase.STOPPED);
        assertThat(read().serviceState(ServiceKind.HDFS)).isEqualTo(ServiceState.STOPPED);
    }

    @Test
    void aFailedServiceStopsTheStartAndIsRecordedWithItsReason() throws Exception {
        StartupSequence seq = sequence(fake(ServiceKind.HDFS, 0, false), fake(ServiceKind.HBASE, 0, true),
            fake(ServiceKind.KAFKA, 0, false));
        assertThat(seq.startAll(Duration.ofSeconds(10))).isFalse();
        seq.stopAll();

        assertThat(events).containsExactly("start HDFS", "start HBase", "stop HBase", "stop HDFS");
        PlatformState s = read();
        assertThat(s.phase()).isEqualTo(Phase.FAILED);
        assertThat(s.error()).hasValueSatisfying(e -> assertThat(e).contains("HBase failed to start", "boom"));
        assertThat(s.serviceState(ServiceKind.HBASE)).isEqualTo(ServiceState.FAILED);
        assertThat(s.serviceState(ServiceKind.KAFKA)).isEqualTo(ServiceState.PENDING);
    }

    @Test
    void aServiceThatIsNotReadyInTimeFailsTheStart() throws Exception {
        StartupSequence seq = sequence(fake(ServiceKind.HDFS, 0, false), fake(ServiceKind.METASTORE, 10_000, false));
        long begin = System.nanoTime();
        assertThat(seq.startAll(Duration.ofMillis(500))).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(5));
        assertThat(read().error()).hasValueSatisfying(e -> assertThat(e).contains("Hive Metastore", "local.start.timeout (500ms)"));
        seq.stopAll();
        assertThat(events).endsWith("stop Hive Metastore", "stop HDFS");
    }

    private StartupSequence sequence(ManagedService... services) {
        return new StartupSequence(List.of(services), state, settings.stateFile());
    }

    private PlatformState read() throws Exception {
        return PlatformState.read(settings.stateFile()).orElseThrow();
    }

    private ManagedService fake(ServiceKind kind, long startMillis, boolean fails) {
        return new ManagedService() {
            @Override
            public ServiceKind kind() {
                return kind;
            }

            @Override
            public void startAndAwaitReady() throws Exception {
                events.add("start " + kind.displayName());
                Thread.sleep(startMillis);
                if (fails) {
                    throw new IllegalStateException("boom");
                }
            }

            @Override
            public void stop() {
                events.add("stop " + kind.displayName());
            }
        };
    }
}
