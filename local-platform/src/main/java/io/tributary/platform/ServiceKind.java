package io.tributary.platform;

/** The four services of the local platform, in start order. */
public enum ServiceKind {
    HDFS("HDFS"),
    METASTORE("Hive Metastore"),
    HBASE("HBase"),
    KAFKA("Kafka");

    private final String displayName;

    ServiceKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The address a client uses, as users read it in `local status`. */
    public String address(PlatformSettings s) {
        switch (this) {
            case HDFS:
                return "hdfs://" + s.host() + ":" + s.hdfsPort();
            case METASTORE:
                return "thrift://" + s.host() + ":" + s.metastorePort();
            case HBASE:
                return "zk " + s.host() + ":" + s.zookeeperPort();
            case KAFKA:
                return s.host() + ":" + s.kafkaPort();
            default:
                throw new IllegalStateException(name());
        }
    }
}
