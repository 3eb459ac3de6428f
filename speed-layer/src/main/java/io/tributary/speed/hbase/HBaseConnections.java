package io.tributary.speed.hbase;

import io.tributary.core.config.ConfigKeys;
import io.tributary.core.config.TributaryConfig;
import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hbase.HBaseConfiguration;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.ConnectionFactory;

/** Opens the HBase connection from Tributary's configuration ({@code hbase.zookeeper.quorum}). */
public final class HBaseConnections {
    private HBaseConnections() {
    }

    public static Connection open(TributaryConfig config) throws IOException {
        Configuration conf = HBaseConfiguration.create();
        conf.set("hbase.zookeeper.quorum", config.get(ConfigKeys.HBASE_ZOOKEEPER_QUORUM));
        // fail within a minute instead of retrying for many minutes when HBase is down
        conf.setInt("hbase.client.retries.number", 10);
        conf.setInt("zookeeper.recovery.retry", 3);
        return ConnectionFactory.createConnection(conf);
    }
}
