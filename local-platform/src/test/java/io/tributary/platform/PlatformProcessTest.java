package io.tributary.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.config.TributaryConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformProcessTest {
    @TempDir
    Path dir;

    private PlatformSettings settings;

    @BeforeEach
    void settings() {
        settings = PlatformSettings.from(TributaryConfig.of(Map.of("local.data.dir", dir.toString())));
    }

    @Test
    void noStateFileMeansNotRunning() {
        PlatformProcess.Lookup found = PlatformProcess.find(settings);
        assertThat(found.running()).isEmpty();
        assertThat(found.isStale()).isFalse();
    }

    @Test
    void aStateFileOfADeadProcessIsStaleAndCanBeForgotten() throws Exception {
        long deadPid = deadPid();
        PlatformState.starting(deadPid, settings).phase(PlatformState.Phase.RUNNING).write(settings.stateFile());

        PlatformProcess.Lookup found = PlatformProcess.find(settings);
        assertThat(found.running()).isEmpty();
        assertThat(found.isStale()).isTrue();
        assertThat(found.stalePid()).isEqualTo(deadPid);

        PlatformProcess.forgetStale(settings);
        assertThat(Files.exists(settings.stateFile())).isFalse();
        assertThat(PlatformProcess.find(settings).isStale()).isFalse();
    }

    @Test
    void aLivePidThatIsNotThePlatformIsStaleToo() throws Exception {
        // This test JVM is alive, but it is not a platform server (a pid reused after kill -9).
        PlatformState.starting(ProcessHandle.current().pid(), settings).write(settings.stateFile());
        assertThat(PlatformProcess.find(settings).isStale()).isTrue();
    }

    @Test
    void aLiveProcessWithTheServerMarkerIsRunning() throws Exception {
        Process fake = new ProcessBuilder("sh", "-c", "sleep 30; true", PlatformProcess.SERVER_MARKER).start();
        try {
            PlatformState.starting(fake.pid(), settings).phase(PlatformState.Phase.RUNNING).write(settings.stateFile());
            PlatformProcess.Lookup found = PlatformProcess.find(settings);
            assertThat(found.running()).isPresent();
            assertThat(found.running().get().pid()).isEqualTo(fake.pid());
        } finally {
            fake.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aCleanlyStoppedPlatformIsNotRunningAndNotStale() throws Exception {
        PlatformState.starting(deadPid(), settings).phase(PlatformState.Phase.STOPPED).write(settings.stateFile());
        PlatformProcess.Lookup found = PlatformProcess.find(settings);
        assertThat(found.running()).isEmpty();
        assertThat(found.isStale()).isFalse();
    }

    @Test
    void anUnreadableStateFileIsStale() throws Exception {
        Files.writeString(settings.stateFile(), "pid=not-a-number\nphase=RUNNING\n");
        assertThat(PlatformProcess.find(settings).isStale()).isTrue();
    }

    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor(10, TimeUnit.SECONDS);
        return p.pid();
    }
}
