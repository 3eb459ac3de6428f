package io.tributary.platform.probe;

import io.tributary.platform.PlatformSettings;
import io.tributary.platform.ServiceKind;
import java.net.URI;
import java.time.Duration;

/** The probe of each service of a platform. */
public final class PlatformProbes {
    private PlatformProbes() {
    }

    public static ServiceProbe forService(ServiceKind kind, PlatformSettings s, Duration timeout) {
        switch (kind) {
            case HDFS:
                return new HdfsProbe(URI.create(ServiceKind.HDFS.address(s)), timeout);
            case METASTORE:
                return new MetastoreProbe(ServiceKind.METASTORE.address(s), timeout);
            case HBASE:
                return new HBaseProbe(s.host(), s.zookeeperPort(), timeout);
            case KAFKA:
                return new KafkaProbe(ServiceKind.KAFKA.address(s), timeout);
            default:
                throw new IllegalArgumentException(kind.name());
        }
    }
}
