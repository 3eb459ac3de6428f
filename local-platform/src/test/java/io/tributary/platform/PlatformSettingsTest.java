package io.tributary.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.config.TributaryConfig;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlatformSettingsTest {
    @Test
    void defaultsAreTheDocumentedPortsUnderAnAbsoluteVarFolder() {
        PlatformSettings s = PlatformSettings.from(TributaryConfig.defaults());
        assertThat(s.dataDir()).isEqualTo(Path.of("var").toAbsolutePath());
        assertThat(s.ports()).extracting(PortUse::port).containsExactly(18020, 19083, 12181, 16000, 16020, 19092, 19093);
        assertThat(s.stateFile()).isEqualTo(s.dataDir().resolve("platform.properties"));
        assertThat(ServiceKind.HDFS.address(s)).isEqualTo("hdfs://127.0.0.1:18020");
        assertThat(ServiceKind.KAFKA.address(s)).isEqualTo("127.0.0.1:19092");
    }

    @Test
    void serverValuesRoundTripIntoTheSameSettings() {
        PlatformSettings s = PlatformSettings.from(TributaryConfig.of(Map.of("local.data.dir", "x/y",
            "local.hdfs.port", "28020", "local.start.timeout", "90s", "kafka.topic.late", "ignored.here")));
        Map<String, String> values = s.asServerValues();
        assertThat(values).containsEntry("local.data.dir", Path.of("x/y").toAbsolutePath().toString())
            .containsEntry("local.hdfs.port", "28020").containsEntry("local.start.timeout", "90s")
            .doesNotContainKey("kafka.topic.late");

        PlatformSettings again = PlatformSettings.from(TributaryConfig.of(values));
        assertThat(again.dataDir()).isEqualTo(s.dataDir());
        assertThat(again.ports()).isEqualTo(s.ports());
        assertThat(again.startTimeout()).isEqualTo(s.startTimeout());
    }
}
