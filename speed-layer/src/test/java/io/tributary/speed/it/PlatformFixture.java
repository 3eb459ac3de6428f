package io.tributary.speed.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Real Kafka and HBase for the integration tests: the local platform's server (HDFS, metastore, HBase, Kafka) in a
 * child JVM on free ports with its data under target/. A child JVM because the HBase server classes and the shaded
 * HBase client this module uses cannot share one classpath; the platform's own launcher classpath is the one the
 * build writes for {@code ./tributary local start}. Built on demand when missing (a reactor build has built it).
 */
final class PlatformFixture implements AutoCloseable {
    final Map<String, String> settings = new TreeMap<>();
    private final ChildJvm server;

    private PlatformFixture(ChildJvm server, Map<String, String> settings) {
        this.server = server;
        this.settings.putAll(settings);
    }

    static PlatformFixture start(Path dir) throws Exception {
        List<Integer> ports = freePorts(7);
        Map<String, String> s = new TreeMap<>();
        s.put("local.data.dir", dir.resolve("platform").toAbsolutePath().toString());
        s.put("local.bind.host", "127.0.0.1");
        s.put("local.hdfs.port", "" + ports.get(0));
        s.put("local.metastore.port", "" + ports.get(1));
        s.put("local.zookeeper.port", "" + ports.get(2));
        s.put("local.hbase.master.port", "" + ports.get(3));
        s.put("local.hbase.regionserver.port", "" + ports.get(4));
        s.put("local.kafka.port", "" + ports.get(5));
        s.put("local.kafka.controller.port", "" + ports.get(6));
        List<String> args = new ArrayList<>();
        s.forEach((k, v) -> args.add(k + "=" + v));
        ChildJvm server = ChildJvm.start(platformClasspath(), "io.tributary.platform.server.LocalPlatformServer", args,
            dir.resolve("platform.log"));
        PlatformFixture f = new PlatformFixture(server, s);
        f.awaitReady(Duration.ofMinutes(4));
        return f;
    }

    /** The configuration a Tributary client needs to reach this platform. */
    Map<String, String> clientSettings() {
        Map<String, String> c = new TreeMap<>();
        c.put("local.bind.host", "127.0.0.1");
        c.put("local.zookeeper.port", settings.get("local.zookeeper.port"));
        c.put("local.kafka.port", settings.get("local.kafka.port"));
        return c;
    }

    String bootstrap() {
        return "127.0.0.1:" + settings.get("local.kafka.port");
    }

    private void awaitReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the platform exited during start-up; see " + server.log);
            }
            try {
                Properties p = new Properties();
                p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
                try (Admin admin = Admin.create(p)) {
                    admin.listTopics().names().get(5, TimeUnit.SECONDS);
                }
                try (Connection hbase = SpeedIt.hbase(this)) {
                    hbase.getAdmin().listTableNames();
                }
                return;
            } catch (Exception notYet) {
                last = notYet;
                Thread.sleep(2000);
            }
        }
        throw new IllegalStateException("the platform was not ready in " + timeout + "; see " + server.log, last);
    }

    private static String platformClasspath() throws IOException, InterruptedException {
        Path target = Path.of("..", "local-platform", "target").toAbsolutePath().normalize();
        Path jar = target.resolve("tributary-local-platform-0.1.0-SNAPSHOT.jar");
        Path cp = target.resolve("runtime-classpath.txt");
        if (!Files.exists(jar) || !Files.exists(cp)) {
            Process build = new ProcessBuilder("./mvnw", "-o", "-B", "-q", "-pl", "local-platform", "-am", "package",
                "-Dmaven.test.skip=true").directory(Path.of("..").toAbsolutePath().normalize().toFile())
                .inheritIO().start();
            if (build.waitFor() != 0 || !Files.exists(cp)) {
                throw new IllegalStateException("cannot build the local platform for the integration test");
            }
        }
        return jar + java.io.File.pathSeparator + Files.readString(cp).trim();
    }

    private static List<Integer> freePorts(int n) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        List<Integer> ports = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                ServerSocket s = new ServerSocket(0);
                sockets.add(s);
                ports.add(s.getLocalPort());
            }
        } finally {
            for (ServerSocket s : sockets) {
                s.close();
            }
        }
        return ports;
    }

    @Override
    public void close() throws InterruptedException {
        server.stop(120);
    }
}
