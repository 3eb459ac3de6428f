package io.tributary.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TributaryConfigTest {

    @Test
    void defaultsPointAtTheLocalPlatform() {
        TributaryConfig c = TributaryConfig.defaults();
        assertThat(c.get(ConfigKeys.FS_URI)).isEqualTo(URI.create("hdfs://127.0.0.1:18020"));
        assertThat(c.get(ConfigKeys.METASTORE_URIS)).isEqualTo("thrift://127.0.0.1:19083");
        assertThat(c.get(ConfigKeys.SPEED_GRACE)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void derivedDefaultsFollowTheKeysTheyDependOn() {
        TributaryConfig c = TributaryConfig.of(Map.of("local.kafka.port", "29092"));
        assertThat(c.get(ConfigKeys.KAFKA_BOOTSTRAP_SERVERS)).isEqualTo("127.0.0.1:29092");
    }

    @Test
    void anExplicitValueWinsOverADerivedDefault() {
        TributaryConfig c = TributaryConfig.of(Map.of("local.kafka.port", "29092", "kafka.bootstrap.servers", "broker1:9092"));
        assertThat(c.get(ConfigKeys.KAFKA_BOOTSTRAP_SERVERS)).isEqualTo("broker1:9092");
        assertThat(c.isSet(ConfigKeys.KAFKA_BOOTSTRAP_SERVERS)).isTrue();
    }

    @Test
    void anUnknownKeyIsNamed() {
        assertThatThrownBy(() -> TributaryConfig.of(Map.of("kafka.bootstrap.server", "x:1")))
            .isInstanceOf(ConfigException.class).hasMessageContaining("unknown configuration key 'kafka.bootstrap.server'");
    }

    @Test
    void aBadValueNamesKeyValueAndRule() {
        assertThatThrownBy(() -> TributaryConfig.of(Map.of("local.hdfs.port", "70000")))
            .isInstanceOf(ConfigException.class)
            .hasMessage("configuration key 'local.hdfs.port': bad value '70000': must be a TCP port from 1 to 65535");
        assertThatThrownBy(() -> TributaryConfig.of(Map.of("speed.grace", "ten minutes")))
            .hasMessageContaining("'speed.grace'").hasMessageContaining("expected a duration");
        assertThatThrownBy(() -> TributaryConfig.of(Map.of("local.bind.host", "0.0.0.0")))
            .hasMessageContaining("loopback");
    }

    @Test
    void theGateFractionsReadAsDecimalsWithinZeroAndOne() {
        assertThat(TributaryConfig.defaults().get(ConfigKeys.GATE_MAX_ROW_DROP)).isEqualTo(0.10);
        assertThat(TributaryConfig.defaults().get(ConfigKeys.GATE_MAX_ERROR_RATE)).isEqualTo(0.25);
        assertThat(TributaryConfig.of(Map.of("gate.max.row.drop", "0.5")).get(ConfigKeys.GATE_MAX_ROW_DROP)).isEqualTo(0.5);
        assertThatThrownBy(() -> TributaryConfig.of(Map.of("gate.max.row.drop", "1.5")))
            .hasMessageContaining("must be a fraction from 0 to 1");
        assertThatThrownBy(() -> TributaryConfig.of(Map.of("gate.max.error.rate", "ten percent")))
            .hasMessageContaining("expected a decimal number");
        assertThatThrownBy(() -> TributaryConfig.of(Map.of("gate.max.error.rate", "NaN")))
            .hasMessageContaining("expected a decimal number");
    }

    @Test
    void durationsReadShortAndIsoForms() {
        assertThat(ConfigType.parseDuration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(ConfigType.parseDuration("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(ConfigType.parseDuration("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(ConfigType.parseDuration("PT10M")).isEqualTo(Duration.ofMinutes(10));
        assertThat(ConfigType.DURATION.write(Duration.ofMinutes(10))).isEqualTo("10m");
    }

    @Test
    void loadsAPropertiesFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tributary.properties");
        Files.writeString(file, "# a cluster\nfs.uri=hdfs://nn1:8020\nspeed.grace=5m\n");
        TributaryConfig c = TributaryConfig.load(file);
        assertThat(c.get(ConfigKeys.FS_URI)).isEqualTo(URI.create("hdfs://nn1:8020"));
        assertThat(c.get(ConfigKeys.SPEED_GRACE)).isEqualTo(Duration.ofMinutes(5));
        assertThat(c.effectiveValues()).containsEntry("speed.grace", "5m").containsEntry("fs.uri", "hdfs://nn1:8020");
    }

    @Test
    void everyKeyHasDocAndADefault() {
        assertThat(ConfigKeys.all()).isNotEmpty().allSatisfy(k -> {
            assertThat(k.doc()).as(k.name()).isNotBlank();
            assertThat(k.defaultDoc()).as(k.name()).isNotBlank();
        });
    }
}
