package io.tributary.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The local platform (HDFS, metastore, HBase, Kafka) in a child JVM on free ports, with its data in a folder of the
 * test's. Readiness is checked by the caller's own client ({@code probe}), so this class needs nothing but the JDK.
 */
public final class PlatformProcess implements AutoCloseable {
    /** A readiness check; throws while the platform is not ready. */
    @FunctionalInterface
    public interface Probe {
        void check(PlatformProcess platform) throws Exception;
    }

    private final ChildJvm jvm;
    private final Map<String, String> settings;

    private PlatformProcess(ChildJvm jvm, Map<String, String> settings) {
        this.jvm = jvm;
        this.settings = settings;
    }

    public static PlatformProcess start(Path repoRoot, Path dir, Probe probe, Duration timeout) throws Exception {
        String[] keys = {"local.hdfs.port", "local.metastore.port", "local.zookeeper.port", "local.hbase.master.port",
            "local.hbase.regionserver.port", "local.kafka.port", "local.kafka.controller.port"};
        List<Integer> ports = freePorts(keys.length);
        Map<String, String> s = new TreeMap<>();
        s.put("local.data.dir", dir.resolve("platform").toAbsolutePath().toString());
        s.put("local.bind.host", "127.0.0.1");
        for (int i = 0; i < keys.length; i++) {
            s.put(keys[i], Integer.toString(ports.get(i)));
        }
        List<String> args = new ArrayList<>();
        s.forEach((k, v) -> args.add(k + "=" + v));
        ChildJvm jvm = ChildJvm.start(repoRoot, ChildJvm.moduleClasspath(repoRoot, "local-platform", "tributary-local-platform"),
            "io.tributary.platform.server.LocalPlatformServer", args, "1g", dir.resolve("platform.log"));
        PlatformProcess p = new PlatformProcess(jvm, s);
        p.awaitReady(probe, timeout);
        return p;
    }

    /** The platform's own settings (ports, data folder). */
    public String setting(String key) {
        return settings.get(key);
    }

    /** What a Tributary client needs to find this platform, as {@code --set} pairs. */
    public Map<String, String> clientSettings() {
        Map<String, String> c = new TreeMap<>();
        for (String k : List.of("local.bind.host", "local.hdfs.port", "local.metastore.port", "local.zookeeper.port",
            "local.kafka.port")) {
            c.put(k, settings.get(k));
        }
        return c;
    }

    public String zookeeperQuorum() {
        return "127.0.0.1:" + settings.get("local.zookeeper.port");
    }

    public String kafkaBootstrap() {
        return "127.0.0.1:" + settings.get("local.kafka.port");
    }

    public Path log() {
        return jvm.log();
    }

    private void awaitReady(Probe probe, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            if (!jvm.isAlive()) {
                throw new IllegalStateException("the platform exited during start-up; see " + jvm.log());
            }
            try {
                probe.check(this);
                return;
            } catch (Exception notYet) {
                last = notYet;
                Thread.sleep(1000);
            }
        }
        jvm.kill();
        throw new IllegalStateException("the platform was not ready within " + timeout + "; see " + jvm.log(), last);
    }

    private static List<Integer> freePorts(int n) throws IOException {
        List<ServerSocket> open = new ArrayList<>();
        List<Integer> ports = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                ServerSocket s = new ServerSocket(0);
                open.add(s);
                ports.add(s.getLocalPort());
            }
        } finally {
            for (ServerSocket s : open) {
                s.close();
            }
        }
        return ports;
    }

    @Override
    public void close() throws InterruptedException {
        jvm.stop(120);
    }
}
