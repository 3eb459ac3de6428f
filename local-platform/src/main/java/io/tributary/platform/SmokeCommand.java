package io.tributary.platform;

import io.tributary.cli.ConfigOptions;
import io.tributary.cli.ExitCode;
import io.tributary.core.config.ConfigKeys;
import io.tributary.core.config.TributaryConfig;
import io.tributary.platform.probe.HBaseProbe;
import io.tributary.platform.probe.RoundTrips;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Writes into each service with its real client and reads it back. Uses the client keys (fs.uri,
 * metastore.uris, ...), so it checks a real cluster as well as the local platform.
 */
@Command(name = "smoke", mixinStandardHelpOptions = true,
    description = {"Write a token into HDFS, the Hive Metastore, HBase and Kafka with their real clients and read it back.",
        "Exit code 0 when every round trip succeeds, 1 otherwise."})
final class SmokeCommand implements Callable<Integer> {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Mixin
    ConfigOptions configOptions;

    @Spec
    CommandSpec spec;

    interface Check {
        String run() throws Exception;
    }

    @Override
    public Integer call() {
        TributaryConfig config = configOptions.config();
        PrintWriter out = spec.commandLine().getOut();
        RoundTrips trips = new RoundTrips(TIMEOUT);
        String zk = config.get(ConfigKeys.HBASE_ZOOKEEPER_QUORUM);
        int failures = 0;
        failures += run(out, "HDFS", () -> trips.hdfs(config.get(ConfigKeys.FS_URI)));
        failures += run(out, "Hive Metastore", () -> trips.metastore(config.get(ConfigKeys.METASTORE_URIS)));
        failures += run(out, "HBase", () -> trips.hbase(hbaseConf(zk)));
        failures += run(out, "Kafka", () -> trips.kafka(config.get(ConfigKeys.KAFKA_BOOTSTRAP_SERVERS)));
        return failures == 0 ? ExitCode.OK : ExitCode.FAILED;
    }

    private static org.apache.hadoop.conf.Configuration hbaseConf(String quorum) {
        // host:port,host:port -> HBase's separate quorum and port settings (one port for all hosts).
        String first = quorum.split(",")[0];
        int colon = first.lastIndexOf(':');
        String hosts = quorum.replaceAll(":\\d+", "");
        int port = colon < 0 ? 2181 : Integer.parseInt(first.substring(colon + 1));
        return HBaseProbe.clientConf(hosts, port, TIMEOUT);
    }

    private static int run(PrintWriter out, String service, Check check) {
        long begin = System.nanoTime();
        try {
            String detail = check.run();
            out.println(String.format(Locale.ROOT, "  %-15s ok    %s (%d ms)", service, detail, (System.nanoTime() - begin) / 1_000_000));
            out.flush();
            return 0;
        } catch (Exception e) {
            String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            out.println(String.format(Locale.ROOT, "  %-15s FAIL  %s: %s", service, e.getClass().getSimpleName(), message));
            out.flush();
            return 1;
        }
    }
}
