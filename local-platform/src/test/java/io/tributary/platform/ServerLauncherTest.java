package io.tributary.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.config.TributaryConfig;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerLauncherTest {
    @Test
    void moduleFlagsComeFromThisJvmAndTheOptionsFileOnce() {
        List<String> flags = ServerLauncher.moduleFlags(
            List.of("-Xmx2g", "--add-opens=java.base/java.lang=ALL-UNNAMED", "-Dx=y", "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED"),
            "--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED\n");
        assertThat(flags).containsExactly("--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED");
        assertThat(ServerLauncher.moduleFlags(List.of(), null)).isEmpty();
    }

    @Test
    void theServerCommandCarriesMarkerHeapFlagsClasspathAndAbsoluteSettings() {
        PlatformSettings settings = PlatformSettings.from(TributaryConfig.of(Map.of("local.data.dir", "some/dir",
            "local.kafka.port", "29092")));
        List<String> cmd = ServerLauncher.command(settings, List.of("--add-opens=java.base/java.lang=ALL-UNNAMED"),
            "a.jar", null);

        int java = cmd.indexOf(cmd.stream().filter(s -> s.endsWith(File.separator + "java")).findFirst().orElseThrow());
        assertThat(cmd.get(java + 1)).isEqualTo(PlatformProcess.SERVER_MARKER);
        assertThat(cmd).contains(ServerLauncher.HEAP, "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "-Djava.net.preferIPv4Stack=true", PlatformProcess.SERVER_MAIN, "local.kafka.port=29092",
            "local.data.dir=" + Path.of("some/dir").toAbsolutePath());
        assertThat(cmd.get(cmd.indexOf("-cp") + 1)).isEqualTo("a.jar");
        assertThat(cmd.indexOf(PlatformProcess.SERVER_MAIN)).isGreaterThan(cmd.indexOf("-cp"));
    }

    @Test
    void extraOptionsComeAfterTheDefaultsAndACollectorAmongThemReplacesTheDefaultOne() {
        PlatformSettings settings = PlatformSettings.from(TributaryConfig.of(Map.of("local.data.dir", "some/dir")));
        List<String> plain = ServerLauncher.command(settings, List.of(), "a.jar", null, null);
        assertThat(plain).contains(ServerLauncher.DEFAULT_COLLECTOR);
        assertThat(plain).anyMatch(s -> s.startsWith("-Xlog:gc,safepoint:file=") && s.contains("gc-platform.log"));

        List<String> zgc = ServerLauncher.command(settings, List.of(), "a.jar", null, " -XX:+UseZGC  -Xmx2g ");
        assertThat(zgc).doesNotContain(ServerLauncher.DEFAULT_COLLECTOR).contains("-XX:+UseZGC", "-Xmx2g");
        assertThat(zgc.indexOf("-Xmx2g")).isGreaterThan(zgc.indexOf(ServerLauncher.HEAP)).isLessThan(zgc.indexOf("-cp"));

        List<String> heapOnly = ServerLauncher.command(settings, List.of(), "a.jar", null, "-Xmx2g");
        assertThat(heapOnly).contains(ServerLauncher.DEFAULT_COLLECTOR, "-Xmx2g");
    }

    @Test
    void relativeClasspathEntriesBecomeAbsolute() {
        String cp = ServerLauncher.absoluteClasspath("lib/a.jar" + File.pathSeparator + "/opt/b.jar" + File.pathSeparator);
        assertThat(cp.split(File.pathSeparator)).containsExactly(Path.of("lib/a.jar").toAbsolutePath().toString(), "/opt/b.jar");
    }
}
