package io.tributary.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.config.TributaryConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformStateTest {
    @TempDir
    Path dir;

    @Test
    void roundTripsThroughTheStateFileWithoutLeavingATemporaryFile() throws Exception {
        PlatformSettings settings = PlatformSettings.from(TributaryConfig.of(Map.of("local.data.dir", dir.toString())));
        PlatformState state = PlatformState.starting(4242, settings).ready(ServiceKind.HDFS, 3.41);
        state.serviceState(ServiceKind.METASTORE, PlatformState.ServiceState.STARTING);
        state.write(settings.stateFile());

        PlatformState read = PlatformState.read(settings.stateFile()).orElseThrow();
        assertThat(read.pid()).isEqualTo(4242);
        assertThat(read.phase()).isEqualTo(PlatformState.Phase.STARTING);
        assertThat(read.serviceState(ServiceKind.HDFS)).isEqualTo(PlatformState.ServiceState.READY);
        assertThat(read.readySeconds(ServiceKind.HDFS)).isEqualTo(3.4);
        assertThat(read.serviceState(ServiceKind.METASTORE)).isEqualTo(PlatformState.ServiceState.STARTING);
        assertThat(read.serviceState(ServiceKind.KAFKA)).isEqualTo(PlatformState.ServiceState.PENDING);
        assertThat(read.readySeconds(ServiceKind.KAFKA)).isEqualTo(-1);
        assertThat(read.address(ServiceKind.HDFS)).isEqualTo("hdfs://127.0.0.1:18020");
        assertThat(read.error()).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("platform.properties");
        }
    }

    @Test
    void aFailureCarriesItsReason() throws Exception {
        PlatformSettings settings = PlatformSettings.from(TributaryConfig.of(Map.of("local.data.dir", dir.toString())));
        PlatformState.starting(1, settings).failed("HBase failed to start: boom").write(settings.stateFile());

        PlatformState read = PlatformState.read(settings.stateFile()).orElseThrow();
        assertThat(read.phase()).isEqualTo(PlatformState.Phase.FAILED);
        assertThat(read.error()).contains("HBase failed to start: boom");
    }

    @Test
    void noFileIsNoState() throws Exception {
        assertThat(PlatformState.read(dir.resolve("platform.properties"))).isEmpty();
    }
}
