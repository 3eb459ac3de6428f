package io.tributary.platform;

import io.tributary.core.config.ConfigKey;
import io.tributary.core.config.ConfigKeys;
import io.tributary.core.config.TributaryConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the local platform needs from the configuration, with the data folder made absolute so the
 * CLI and the background server (which may run in another working directory) agree on it.
 */
public final class PlatformSettings {
    /** The keys the CLI hands to the server process; nothing else of the configuration matters there. */
    static final List<ConfigKey<?>> SERVER_KEYS = List.of(ConfigKeys.LOCAL_DATA_DIR, ConfigKeys.LOCAL_BIND_HOST,
        ConfigKeys.LOCAL_HDFS_PORT, ConfigKeys.LOCAL_HMS_PORT, ConfigKeys.LOCAL_ZOOKEEPER_PORT,
        ConfigKeys.LOCAL_HBASE_MASTER_PORT, ConfigKeys.LOCAL_HBASE_REGIONSERVER_PORT, ConfigKeys.LOCAL_KAFKA_PORT,
        ConfigKeys.LOCAL_KAFKA_CONTROLLER_PORT, ConfigKeys.LOCAL_START_TIMEOUT);

    private final TributaryConfig config;
    private final Path dataDir;

    private PlatformSettings(TributaryConfig config) {
        this.config = config;
        this.dataDir = Path.of(config.get(ConfigKeys.LOCAL_DATA_DIR)).toAbsolutePath().normalize();
    }

    public static PlatformSettings from(TributaryConfig config) {
        return new PlatformSettings(config);
    }

    /** The settings as key=value text for the server's command line, data folder absolute. */
    public Map<String, String> asServerValues() {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> effective = config.effectiveValues();
        for (ConfigKey<?> key : SERVER_KEYS) {
            values.put(key.name(), effective.get(key.name()));
        }
        values.put(ConfigKeys.LOCAL_DATA_DIR.name(), dataDir.toString());
        return values;
    }

    public Path dataDir() {
        return dataDir;
    }

    public String host() {
        return config.get(ConfigKeys.LOCAL_BIND_HOST);
    }

    public int hdfsPort() {
        return config.get(ConfigKeys.LOCAL_HDFS_PORT);
    }

    public int metastorePort() {
        return config.get(ConfigKeys.LOCAL_HMS_PORT);
    }

    public int zookeeperPort() {
        return config.get(ConfigKeys.LOCAL_ZOOKEEPER_PORT);
    }

    public int hbaseMasterPort() {
        return config.get(ConfigKeys.LOCAL_HBASE_MASTER_PORT);
    }

    public int hbaseRegionServerPort() {
        return config.get(ConfigKeys.LOCAL_HBASE_REGIONSERVER_PORT);
    }

    public int kafkaPort() {
        return config.get(ConfigKeys.LOCAL_KAFKA_PORT);
    }

    public int kafkaControllerPort() {
        return config.get(ConfigKeys.LOCAL_KAFKA_CONTROLLER_PORT);
    }

    public Duration startTimeout() {
        return config.get(ConfigKeys.LOCAL_START_TIMEOUT);
    }

    /** Every port the platform listens on, named for a user who finds one busy. */
    public List<PortUse> ports() {
        return List.of(
            new PortUse("HDFS NameNode", ConfigKeys.LOCAL_HDFS_PORT.name(), hdfsPort()),
            new PortUse("Hive Metastore", ConfigKeys.LOCAL_HMS_PORT.name(), metastorePort()),
            new PortUse("ZooKeeper (HBase)", ConfigKeys.LOCAL_ZOOKEEPER_PORT.name(), zookeeperPort()),
            new PortUse("HBase master", ConfigKeys.LOCAL_HBASE_MASTER_PORT.name(), hbaseMasterPort()),
            new PortUse("HBase region server", ConfigKeys.LOCAL_HBASE_REGIONSERVER_PORT.name(), hbaseRegionServerPort()),
            new PortUse("Kafka broker", ConfigKeys.LOCAL_KAFKA_PORT.name(), kafkaPort()),
            new PortUse("Kafka controller", ConfigKeys.LOCAL_KAFKA_CONTROLLER_PORT.name(), kafkaControllerPort()));
    }

    public Path stateFile() {
        return dataDir.resolve("platform.properties");
    }

    public Path lockFile() {
        return dataDir.resolve("platform.lock");
    }

    public Path logDir() {
        return dataDir.resolve("log");
    }

    public Path hdfsDir() {
        return dataDir.resolve("hdfs");
    }

    public Path metastoreDir() {
        return dataDir.resolve("metastore");
    }

    public Path hbaseDir() {
        return dataDir.resolve("hbase");
    }

    public Path zookeeperDir() {
        return dataDir.resolve("zookeeper");
    }

    public Path kafkaDir() {
        return dataDir.resolve("kafka");
    }
}
