package io.tributary.core.config;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every configuration key of Tributary, declared once. Client addresses default to the local
 * platform's; pointing Tributary at a real cluster means setting the client keys only
 * (see docs/CONFIGURATION.md).
 */
public final class ConfigKeys {
    private ConfigKeys() {
    }

    private static boolean isPort(int p) {
        return p > 0 && p < 65536;
    }

    private static ConfigKey<Integer> port(String name, int value, String doc) {
        return ConfigKey.builder(name, ConfigType.INT).doc(doc).defaultValue(value)
            .validate(ConfigKeys::isPort, "a TCP port from 1 to 65535").build();
    }

    private static ConfigKey<String> name(String name, String value, String doc) {
        return ConfigKey.builder(name, ConfigType.STRING).doc(doc).defaultValue(value)
            .validate(s -> s.matches("[A-Za-z0-9._-]{1,200}"), "1 to 200 characters of A-Z a-z 0-9 . _ -").build();
    }

    // ---- the local platform (tributary local start) ----

    public static final ConfigKey<String> LOCAL_DATA_DIR = ConfigKey.builder("local.data.dir", ConfigType.STRING)
        .doc("Folder that holds all data of the local platform (HDFS blocks, metastore, HBase, Kafka logs); relative to the working directory.")
        .defaultValue("var").validate(s -> !s.isBlank(), "a non-empty path").build();
    public static final ConfigKey<String> LOCAL_BIND_HOST = ConfigKey.builder("local.bind.host", ConfigType.STRING)
        .doc("Address every local service listens on. Loopback only, by design.")
        .defaultValue("127.0.0.1").validate(s -> s.startsWith("127.") || s.equals("localhost"),
            "a loopback address (127.x.x.x or localhost)").build();
    public static final ConfigKey<Integer> LOCAL_HDFS_PORT = port("local.hdfs.port", 18020, "HDFS NameNode RPC port of the local platform.");
    public static final ConfigKey<Integer> LOCAL_HMS_PORT = port("local.metastore.port", 19083, "Hive Metastore Thrift port of the local platform.");
    public static final ConfigKey<Integer> LOCAL_ZOOKEEPER_PORT = port("local.zookeeper.port", 12181, "ZooKeeper client port (used by HBase) of the local platform.");
    public static final ConfigKey<Integer> LOCAL_HBASE_MASTER_PORT = port("local.hbase.master.port", 16000, "HBase master RPC port of the local platform.");
    public static final ConfigKey<Integer> LOCAL_HBASE_REGIONSERVER_PORT = port("local.hbase.regionserver.port", 16020, "HBase region server RPC port of the local platform.");
    public static final ConfigKey<Integer> LOCAL_KAFKA_PORT = port("local.kafka.port", 19092, "Kafka broker (client listener) port of the local platform.");
    public static final ConfigKey<Integer> LOCAL_KAFKA_CONTROLLER_PORT = port("local.kafka.controller.port", 19093, "Kafka KRaft controller port of the local platform.");
    public static final ConfigKey<Duration> LOCAL_START_TIMEOUT = ConfigKey.builder("local.start.timeout", ConfigType.DURATION)
        .doc("How long 'local start' waits for every service to be ready before it gives up and stops what it started.")
        .defaultValue(Duration.ofMinutes(3)).validate(d -> !d.isNegative() && !d.isZero(), "a positive duration").build();

    // ---- where the data lives (clients) ----

    public static final ConfigKey<URI> FS_URI = ConfigKey.builder("fs.uri", ConfigType.URI_TYPE)
        .doc("File system that holds the lake (raw, curated, views, errors, run manifests): hdfs://namenode:8020 on a cluster, file:/// for a plain local folder.")
        .derivedDefault(c -> URI.create("hdfs://" + c.get(LOCAL_BIND_HOST) + ":" + c.get(LOCAL_HDFS_PORT)),
            "hdfs://<local.bind.host>:<local.hdfs.port>").build();
    public static final ConfigKey<String> STORAGE_ROOT = ConfigKey.builder("storage.root", ConfigType.STRING)
        .doc("Absolute path of the lake's root folder within fs.uri.")
        .defaultValue("/tributary").validate(s -> s.startsWith("/"), "an absolute path").build();
    public static final ConfigKey<String> METASTORE_URIS = ConfigKey.builder("metastore.uris", ConfigType.STRING)
        .doc("Hive Metastore Thrift URI(s), comma separated.")
        .derivedDefault(c -> "thrift://" + c.get(LOCAL_BIND_HOST) + ":" + c.get(LOCAL_HMS_PORT),
            "thrift://<local.bind.host>:<local.metastore.port>")
        .validate(s -> s.startsWith("thrift://"), "thrift://host:port[,thrift://host:port...]").build();
    public static final ConfigKey<String> HBASE_ZOOKEEPER_QUORUM = ConfigKey.builder("hbase.zookeeper.quorum", ConfigType.STRING)
        .doc("ZooKeeper quorum of the HBase cluster, host:port[,host:port...].")
        .derivedDefault(c -> c.get(LOCAL_BIND_HOST) + ":" + c.get(LOCAL_ZOOKEEPER_PORT),
            "<local.bind.host>:<local.zookeeper.port>")
        .validate(s -> !s.isBlank(), "host:port[,host:port...]").build();
    public static final ConfigKey<String> HBASE_NAMESPACE = name("hbase.namespace", "tributary", "HBase namespace of Tributary's tables.");
    public static final ConfigKey<String> KAFKA_BOOTSTRAP_SERVERS = ConfigKey.builder("kafka.bootstrap.servers", ConfigType.STRING)
        .doc("Kafka bootstrap servers, host:port[,host:port...].")
        .derivedDefault(c -> c.get(LOCAL_BIND_HOST) + ":" + c.get(LOCAL_KAFKA_PORT), "<local.bind.host>:<local.kafka.port>")
        .validate(s -> !s.isBlank(), "host:port[,host:port...]").build();
    public static final ConfigKey<String> KAFKA_TOPIC_TRANSACTIONS = name("kafka.topic.transactions", "transactions", "Topic of incoming transaction events (JSON).");
    public static final ConfigKey<String> KAFKA_TOPIC_LATE = name("kafka.topic.late", "transactions.late", "Topic of events too late for the speed layer.");
    public static final ConfigKey<String> KAFKA_TOPIC_DLQ = name("kafka.topic.dlq", "transactions.dlq", "Dead-letter topic of invalid events.");

    // ---- processing rules ----

    public static final ConfigKey<Duration> SPEED_GRACE = ConfigKey.builder("speed.grace", ConfigType.DURATION)
        .doc("Grace period of the speed layer's event-time windows: speed watermark = max event time seen - grace.")
        .defaultValue(Duration.ofMinutes(10)).validate(d -> !d.isNegative(), "zero or a positive duration").build();
    public static final ConfigKey<Duration> MAX_FUTURE_SKEW = ConfigKey.builder("validation.max.future.skew", ConfigType.DURATION)
        .doc("How far an event time may lie after the record's ingest time before it is FUTURE_EVENT_TIME.")
        .defaultValue(Duration.ofMinutes(5)).validate(d -> !d.isNegative(), "zero or a positive duration").build();

    // ---- batch layer ----

    public static final ConfigKey<String> BATCH_FRAMEWORK = ConfigKey.builder("batch.framework", ConfigType.STRING)
        .doc("Where MapReduce jobs run: 'local' (in the launching JVM, the local runner) or 'yarn' (the cluster's ResourceManager from yarn-site.xml).")
        .defaultValue("local").validate(s -> s.equals("local") || s.equals("yarn"), "local or yarn").build();
    public static final ConfigKey<Integer> BATCH_LOCAL_PARALLELISM = ConfigKey.builder("batch.local.parallelism", ConfigType.INT)
        .doc("With batch.framework=local: how many map tasks and how many reduce tasks run at once.")
        .defaultValue(2).validate(n -> n >= 1 && n <= 256, "a whole number from 1 to 256").build();
    public static final ConfigKey<Integer> BATCH_REDUCERS = ConfigKey.builder("batch.reducers", ConfigType.INT)
        .doc("Reduce tasks of each curation job. Fixed (not derived from the input) so that a rerun writes the same files.")
        .defaultValue(2).validate(n -> n >= 1 && n <= 10_000, "a whole number from 1 to 10000").build();
    public static final ConfigKey<String> BATCH_CUSTOMERS_SNAPSHOT = ConfigKey.builder("batch.customers.snapshot", ConfigType.STRING)
        .doc("Customer dimension export the curation job enriches from. Empty: the newest export of the Hudi table "
            + "(<storage.root>/curated/_customers_snapshot/<commit>.tsv). A path (on fs.uri, or a URI) of an export "
            + "written by 'tributary batch customers-export --as-of COMMIT --out PATH': a backfill that enriches as of that commit.")
        .derivedDefault(c -> "", "empty: the newest export").build();

    // ---- serving ----

    public static final ConfigKey<Integer> SERVING_PORT = port("serving.port", 18080, "HTTP port of the serving API.");

    private static final Map<String, ConfigKey<?>> BY_NAME = collect();

    private static Map<String, ConfigKey<?>> collect() {
        Map<String, ConfigKey<?>> keys = new LinkedHashMap<>();
        for (Field f : ConfigKeys.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == ConfigKey.class) {
                try {
                    ConfigKey<?> key = (ConfigKey<?>) f.get(null);
                    if (keys.put(key.name(), key) != null) {
                        throw new IllegalStateException("configuration key declared twice: " + key.name());
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Collections.unmodifiableMap(keys);
    }

    /** Every key in declaration order. */
    public static List<ConfigKey<?>> all() {
        return Collections.unmodifiableList(new ArrayList<>(BY_NAME.values()));
    }

    public static Optional<ConfigKey<?>> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
