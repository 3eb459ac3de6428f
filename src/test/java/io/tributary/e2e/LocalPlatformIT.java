package io.tributary.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.cli.CommandRunner;
import io.tributary.platform.LocalPlatformCli;
import io.tributary.platform.PlatformState;
import io.tributary.platform.ServerLauncher;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import picocli.CommandLine;

/**
 * The local platform as a user drives it: `local start` spawns the real background process (on a
 * fresh data folder and free ports), every service is used with its real client, `status`, `stop`,
 * `status` again, `start` again, and everything written before the restart is still there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalPlatformIT {
    private static final String HOST = "127.0.0.1";
    private static final String[] PORT_KEYS = {"local.hdfs.port", "local.metastore.port", "local.zookeeper.port",
        "local.hbase.master.port", "local.hbase.regionserver.port", "local.kafka.port", "local.kafka.controller.port"};

    private static Path dataDir;
    private static List<String> settings;
    private static int[] ports;

    record Result(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void chooseDataDirAndPorts() throws IOException {
        assertThat(System.getProperty(ServerLauncher.CLASSPATH_PROPERTY))
            .as("the build passes the platform server's classpath in " + ServerLauncher.CLASSPATH_PROPERTY)
            .isNotBlank();
        dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "local-platform-it-");
        ports = freePorts(PORT_KEYS.length);
        settings = new ArrayList<>(List.of("--set", "local.data.dir=" + dataDir, "--set", "local.start.timeout=150s"));
        for (int i = 0; i < PORT_KEYS.length; i++) {
            settings.add("--set");
            settings.add(PORT_KEYS[i] + "=" + ports[i]);
        }
    }

    @AfterAll
    static void alwaysStopThePlatform() throws Exception {
        if (dataDir == null) {
            return;
        }
        Result stop = local("stop");
        if (stop.exitCode() != 0) {
            // Never leave a platform behind, even when its clean stop failed.
            PlatformState.read(dataDir.resolve("platform.properties"))
                .flatMap(s -> ProcessHandle.of(s.pid())).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    @Order(1)
    void everyServiceWorksAndKeepsItsDataAcrossARestart() throws Exception {
        Result start = local("start");
        assertThat(start.exitCode()).as("start: %s%s", start.out(), start.err()).isZero();
        assertThat(start.out()).contains("HDFS ready at hdfs://" + HOST + ":" + ports[0], "Hive Metastore ready at",
            "HBase ready at", "Kafka ready at", "local platform running");
        assertThat(local("start").out()).as("a second start").contains("already running");

        ServiceRoundTrips data = new ServiceRoundTrips(HOST, ports[0], ports[1], ports[2], ports[5]);
        data.writeAll();
        data.verifyAll();

        Result status = local("status");
        assertThat(status.exitCode()).as("status while up: %s", status.out()).isZero();
        assertThat(status.out().lines().filter(l -> l.contains(" up ")).count()).isEqualTo(4);

        Result stop = local("stop");
        assertThat(stop.exitCode()).as("stop: %s%s", stop.out(), stop.err()).isZero();
        assertThat(stop.out()).contains("local platform stopped");
        Result statusDown = local("status");
        assertThat(statusDown.exitCode()).as("status while down").isEqualTo(1);
        assertThat(statusDown.out()).contains("not running");

        Result restart = local("start");
        assertThat(restart.exitCode()).as("restart: %s%s", restart.out(), restart.err()).isZero();
        data.verifyAll();
        assertThat(local("status").exitCode()).isZero();
    }

    /**
     * The batch layer through the launcher, as a user runs it, on the platform's real HDFS and metastore:
     * land a generated data set day by day, curate every event date, and check the lake against the
     * generator's expected counts.
     */
    @Test
    @Order(2)
    void theBatchLayerCuratesOnThePlatformsHdfsAndMetastore() throws Exception {
        assertThat(local("start").exitCode()).isZero();
        Path input = dataDir.resolve("generated");
        List<String> cmd = new ArrayList<>(List.of("generate", "--out", input.toString(), "--events", "3000", "--days", "2",
            "--start-date", "2026-11-20"));
        assertThat(launcher(cmd).exitCode()).isZero();
        for (String day : List.of("2026-11-20", "2026-11-21")) {
            for (String kind : List.of("transactions", "customers")) {
                Path folder = input.resolve(kind).resolve("ingest_date=" + day);
                String time = java.time.LocalDate.parse(day).plusDays(1) + "T01:00:00Z";
                LauncherIT.Result landed = launcher(withSettings("ingest", "--from", folder.toString(), "--ingest-time", time));
                assertThat(landed.exitCode()).as("ingest %s: %s", folder, landed.err()).isZero();
            }
        }
        Path lateCustomers = input.resolve("customers/ingest_date=2026-11-22");
        assertThat(launcher(withSettings("ingest", "--from", lateCustomers.toString(), "--ingest-time", "2026-11-23T01:00:00Z"))
            .exitCode()).isZero();
        LauncherIT.Result curate = launcher(withSettings("batch", "curate", "--from", "2026-11-13", "--to", "2026-11-22"));
        assertThat(curate.exitCode()).as("curate: %s%s", curate.out(), curate.err()).isZero();
        LauncherIT.Result verify = launcher(withSettings("batch", "verify", "--expected", input.resolve("manifest.json").toString()));
        assertThat(verify.exitCode()).as("verify: %s%s", verify.out(), verify.err()).isZero();
        assertThat(verify.out()).contains("holds").doesNotContain("MISMATCH");
        assertThat(curate.out()).contains("published");
    }

    private static List<String> withSettings(String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(settings);
        args.addAll(List.of("--set", "storage.root=/tributary-e2e"));
        return args;
    }

    private static LauncherIT.Result launcher(List<String> args) throws Exception {
        return LauncherIT.tributary(Duration.ofMinutes(5), args.toArray(String[]::new));
    }

    /** Runs the CLI's command class in this JVM; the platform server it starts is a separate process. */
    static Result local(String command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = CommandRunner.commandLine(new LocalPlatformCli());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        List<String> args = new ArrayList<>();
        args.add(command);
        args.addAll(settings);
        int code = cl.execute(args.toArray(new String[0]));
        return new Result(code, out.toString(), err.toString());
    }

    /** Ports that are free now: all bound at once so none is handed out twice. */
    static int[] freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] result = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket s = new ServerSocket();
                sockets.add(s);
                s.bind(new InetSocketAddress(InetAddress.getByName(HOST), 0));
                result[i] = s.getLocalPort();
            }
            return result;
        } finally {
            for (ServerSocket s : sockets) {
                s.close();
            }
        }
    }
}
