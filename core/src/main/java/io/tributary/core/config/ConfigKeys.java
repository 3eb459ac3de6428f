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
    public static final ConfigKey<String> KAFKA_TOPIC_CUSTOMERS = name("kafka.topic.customers", "customers",
        "Compacted topic of customer changes: key customer_id, value one CDC row (CONTRACT 1.4 columns, no header). The speed layer's TEST filter reads it.");
    public static final ConfigKey<Integer> KAFKA_TOPIC_PARTITIONS = ConfigKey.builder("kafka.topic.partitions", ConfigType.INT)
        .doc("Partitions of the topics Tributary creates when they are missing (transactions, its DLQ, late and updates topics); existing topics keep theirs. Speed-layer instances share partitions, so this bounds how many do work.")
        .defaultValue(3).validate(n -> n >= 1 && n <= 10_000, "a whole number from 1 to 10000").build();
    public static final ConfigKey<String> KAFKA_TOPIC_SPEED_UPDATES = name("kafka.topic.speed.updates", "speed.view.updates",
        "Topic between the speed layer's stream processing and its HBase sink: absolute bucket and watermark values, written transactionally.");

    // ---- processing rules ----

    public static final ConfigKey<Duration> SPEED_GRACE = ConfigKey.builder("speed.grace", ConfigType.DURATION)
        .doc("Grace period of the speed layer's event-time windows: speed watermark = max event time seen - grace.")
        .defaultValue(Duration.ofMinutes(10)).validate(d -> !d.isNegative(), "zero or a positive duration").build();
    public static final ConfigKey<Duration> MAX_FUTURE_SKEW = ConfigKey.builder("validation.max.future.skew", ConfigType.DURATION)
        .doc("How far an event time may lie after the record's ingest time before it is FUTURE_EVENT_TIME.")
        .defaultValue(Duration.ofMinutes(5)).validate(d -> !d.isNegative(), "zero or a positive duration").build();

    // ---- speed layer ----

    public static final ConfigKey<String> SPEED_APPLICATION_ID = name("speed.application.id", "tributary-speed",
        "Kafka Streams application id of the speed layer: its consumer group, internal topic prefix and state directory name. Instances with the same id share the partitions.");
    public static final ConfigKey<String> SPEED_STATE_DIR = ConfigKey.builder("speed.state.dir", ConfigType.STRING)
        .doc("Folder of the speed layer's local state stores (rebuilt from their changelog topics when lost); relative to the working directory. "
            + "By default beside the local platform's data, so a fresh platform never meets the state of another one's topics.")
        .derivedDefault(c -> c.get(LOCAL_DATA_DIR) + "/speed-state", "<local.data.dir>/speed-state")
        .validate(s -> !s.isBlank(), "a non-empty path").build();
    public static final ConfigKey<Integer> SPEED_THREADS = ConfigKey.builder("speed.threads", ConfigType.INT)
        .doc("Stream threads per speed-layer instance (each runs one or more partitions' tasks).")
        .defaultValue(1).validate(n -> n >= 1 && n <= 64, "a whole number from 1 to 64").build();
    public static final ConfigKey<Duration> SPEED_COMMIT_INTERVAL = ConfigKey.builder("speed.commit.interval", ConfigType.DURATION)
        .doc("How often the speed layer commits its exactly-once transaction while it is caught up (see speed.catchup.threshold): an update becomes visible to the HBase sink at the commit.")
        .defaultValue(Duration.ofMillis(100)).validate(d -> d.toMillis() >= 10, "at least 10ms").build();
    public static final ConfigKey<Duration> SPEED_COMMIT_INTERVAL_CATCHUP = ConfigKey.builder("speed.commit.interval.catchup", ConfigType.DURATION)
        .doc("How often the speed layer commits while it is catching up (see speed.catchup.threshold): fewer exactly-once commits drain a backlog faster; records that old have missed their freshness anyway. A value below speed.commit.interval counts as speed.commit.interval.")
        .defaultValue(Duration.ofSeconds(1)).validate(d -> d.toMillis() >= 10, "at least 10ms").build();
    public static final ConfigKey<Duration> SPEED_CATCHUP_THRESHOLD = ConfigKey.builder("speed.catchup.threshold", ConfigType.DURATION)
        .doc("The speed layer is catching up while the input record it processed last was published (message timestamp) longer ago than this; then it commits every speed.commit.interval.catchup, otherwise every speed.commit.interval.")
        .defaultValue(Duration.ofSeconds(2)).validate(d -> !d.isNegative(), "zero or a positive duration").build();
    public static final ConfigKey<Duration> SPEED_SESSION_TIMEOUT = ConfigKey.builder("speed.session.timeout", ConfigType.DURATION)
        .doc("Consumer session timeout of the speed layer (stream threads and HBase sink): how long a crashed instance keeps its partitions before the others take them over.")
        .defaultValue(Duration.ofSeconds(45)).validate(d -> d.toMillis() >= 6000, "at least 6s (the broker's minimum)").build();
    public static final ConfigKey<Duration> SPEED_RETENTION = ConfigKey.builder("speed.retention", ConfigType.DURATION)
        .doc("How far behind the speed watermark the speed layer keeps dedup entries and per-bucket counts (event time). Older events go to the late topic and the hourly late counter only.")
        .defaultValue(Duration.ofDays(7)).validate(d -> d.toHours() >= 2, "at least 2h").build();
    public static final ConfigKey<Duration> SPEED_VIEW_TTL = ConfigKey.builder("speed.view.ttl", ConfigType.DURATION)
        .doc("TTL of the HBase speed view; cell timestamps are event-time based (the hour's start), so a bucket expires this long after its hour.")
        .defaultValue(Duration.ofDays(14)).validate(d -> d.toHours() >= 1, "at least 1h").build();
    public static final ConfigKey<Integer> SPEED_METRICS_PORT = port("speed.metrics.port", 18091, "HTTP port of the speed layer's Prometheus metrics (/metrics) and health (/health/live).");
    public static final ConfigKey<Duration> SPEED_SINK_POLL_TIMEOUT = ConfigKey.builder("speed.sink.poll.timeout", ConfigType.DURATION)
        .doc("Longest wait of the HBase sink for new updates before it flushes what it has.")
        .defaultValue(Duration.ofMillis(100)).validate(d -> d.toMillis() >= 1, "at least 1ms").build();

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

    // ---- nightly reconciliation ----

    public static final ConfigKey<String> NIGHTLY_LANDING_DIR = ConfigKey.builder("nightly.landing.dir", ConfigType.STRING)
        .doc("Folder where upstream systems drop each day's files, a Hadoop URI (hdfs://..., as the Oozie coordinator's "
            + "datasets watch it) or a local path, laid out as "
            + "<dir>/transactions/ingest_date=YYYY-MM-DD/ and <dir>/customers/ingest_date=YYYY-MM-DD/ (the generator's "
            + "layout). The nightly run's first step lands the night's folders. Empty: files are landed by "
            + "'tributary ingest' alone and the step does nothing.")
        .derivedDefault(c -> "", "empty: no landing step").build();
    public static final ConfigKey<Integer> NIGHTLY_LATE_CUSTOMER_DAYS = ConfigKey.builder("nightly.late.customer.days", ConfigType.INT)
        .doc("How many days before the night the nightly run looks back for event dates whose last computation left "
            + "customers unknown, to recompute them once the customer dimension has changed (late-arriving customers). "
            + "Older dates are left to 'tributary backfill'.")
        .defaultValue(7).validate(n -> n >= 0 && n <= 366, "a whole number from 0 to 366").build();

    // ---- nightly data-quality gate (before a built view generation is published) ----

    public static final ConfigKey<Double> GATE_MAX_ROW_DROP = ConfigKey.builder("gate.max.row.drop", ConfigType.DOUBLE)
        .doc("Largest fraction by which the curated rows (and bucket rows) of a built view generation may fall below the "
            + "published generation's before the gate stops the publish: 0.10 lets them fall by at most 10%. "
            + "A first generation has nothing to compare with and passes.")
        .defaultValue(0.10).validate(d -> d >= 0 && d <= 1, "a fraction from 0 to 1").build();
    public static final ConfigKey<Double> GATE_MAX_ERROR_RATE = ConfigKey.builder("gate.max.error.rate", ConfigType.DOUBLE)
        .doc("Largest share of a curate run's records that may be rejected (rejected / read) before the gate stops the "
            + "publish. The generator's demo data has a few percent invalid records.")
        .defaultValue(0.25).validate(d -> d >= 0 && d <= 1, "a fraction from 0 to 1").build();

    // ---- serving ----

    public static final ConfigKey<Duration> VIEWS_GENERATION_GRACE = ConfigKey.builder("views.generation.grace", ConfigType.DURATION)
        .doc("How long a replaced batch view generation stays in HBase after the pointer moved on, so that requests that "
            + "read the old pointer can finish. Older generations are dropped at the next publish.")
        .defaultValue(Duration.ofMinutes(10)).validate(d -> !d.isNegative(), "zero or a positive duration").build();
    public static final ConfigKey<Integer> SERVING_PORT = port("serving.port", 18080, "HTTP port of the serving API.");
    public static final ConfigKey<String> SERVING_BIND_HOST = ConfigKey.builder("serving.bind.host", ConfigType.STRING)
        .doc("Address the serving API listens on. 127.0.0.1 keeps it on this machine; a cluster sets the host's address.")
        .defaultValue("127.0.0.1").validate(s -> !s.isBlank(), "a host name or address").build();
    public static final ConfigKey<Integer> SERVING_MAX_DAYS = ConfigKey.builder("serving.max.range.days", ConfigType.INT)
        .doc("Longest range, in days, of one spend request with granularity=day (bounds the rows one request reads).")
        .defaultValue(366).validate(n -> n >= 1 && n <= 3660, "a whole number from 1 to 3660").build();
    public static final ConfigKey<Integer> SERVING_MAX_HOUR_DAYS = ConfigKey.builder("serving.max.hour.range.days", ConfigType.INT)
        .doc("Longest range, in days, of one spend request with granularity=hour.")
        .defaultValue(31).validate(n -> n >= 1 && n <= 366, "a whole number from 1 to 366").build();
    public static final ConfigKey<Duration> SERVING_WATERMARK_CACHE = ConfigKey.builder("serving.watermark.cache", ConfigType.DURATION)
        .doc("How long the API reuses the pointer row (generation, Wb) and Ws it read, instead of two reads per request. "
            + "Answers stay consistent (one generation per answer); a new generation shows up at most this much later.")
        .defaultValue(Duration.ofMillis(500)).validate(d -> !d.isNegative() && d.toSeconds() <= 60, "0 to 60 seconds").build();
    public static final ConfigKey<Duration> SERVING_BACKEND_TIMEOUT = ConfigKey.builder("serving.backend.timeout", ConfigType.DURATION)
        .doc("How long one request may wait for HBase before the API answers 503 with Retry-After.")
        .defaultValue(Duration.ofSeconds(2)).validate(d -> !d.isNegative() && !d.isZero(), "a positive duration").build();

    // ---- Kafka archiver (tributary archive) ----

    public static final ConfigKey<List<String>> ARCHIVE_TOPICS = ConfigKey.builder("archive.topics", ConfigType.LIST)
        .doc("Topics 'tributary archive' copies into raw/transactions/source=kafka, comma-separated. Not the late topic: "
            + "the speed layer copies late events there from the transactions topic, so archiving both would land each "
            + "late event twice (docs/LANDING.md, 'The Kafka archiver').")
        .defaultValue(List.of("transactions"))
        .validate(l -> l.stream().allMatch(t -> t.matches("[A-Za-z0-9._-]{1,249}")) && l.stream().distinct().count() == l.size(),
            "distinct topic names of A-Z a-z 0-9 . _ -").build();
    public static final ConfigKey<Long> ARCHIVE_SPLIT_MAX_RECORDS = ConfigKey.builder("archive.split.max.records", ConfigType.LONG)
        .doc("Most offsets of one partition one archive map task copies (one file each): a long backlog is cut into "
            + "ranges of this size, spread over tasks. Fixed per run in the archive intent, so a rerun cuts the same ranges.")
        .defaultValue(1_000_000L).validate(n -> n >= 1 && n <= 1_000_000_000L, "a whole number from 1 to 1000000000").build();

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
