package io.tributary.platform.probe;

import java.time.Duration;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hbase.ClusterMetrics;
import org.apache.hadoop.hbase.HBaseConfiguration;
import org.apache.hadoop.hbase.TableName;
import org.apache.hadoop.hbase.client.Admin;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.ConnectionFactory;

/** HBase answers when the master lists tables and reports a live region server. */
public final class HBaseProbe implements ServiceProbe {
    private final String zookeeperHost;
    private final int zookeeperPort;
    private final Duration timeout;

    public HBaseProbe(String zookeeperHost, int zookeeperPort, Duration timeout) {
        this.zookeeperHost = zookeeperHost;
        this.zookeeperPort = zookeeperPort;
        this.timeout = timeout;
    }

    /** A client configuration that gives up quickly instead of retrying for minutes. */
    public static Configuration clientConf(String zookeeperHost, int zookeeperPort, Duration timeout) {
        Configuration conf = HBaseConfiguration.create();
        int millis = (int) timeout.toMillis();
        conf.set("hbase.zookeeper.quorum", zookeeperHost);
        conf.setInt("hbase.zookeeper.property.clientPort", zookeeperPort);
        conf.setInt("hbase.client.retries.number", 2);
        conf.setInt("hbase.client.pause", 100);
        conf.setInt("hbase.rpc.timeout", millis);
        conf.setInt("hbase.client.operation.timeout", millis);
        conf.setInt("hbase.client.meta.operation.timeout", millis);
        conf.setInt("zookeeper.recovery.retry", 0);
        conf.setInt("zookeeper.session.timeout", millis);
        conf.setInt("hbase.client.sync.wait.timeout.msec", millis);
        return conf;
    }

    @Override
    public String check() throws Exception {
        try (Connection connection = ConnectionFactory.createConnection(clientConf(zookeeperHost, zookeeperPort, timeout));
             Admin admin = connection.getAdmin()) {
            TableName[] tables = admin.listTableNames();
            ClusterMetrics metrics = admin.getClusterMetrics();
            int servers = metrics.getLiveServerMetrics().size();
            if (servers == 0) {
                throw new IllegalStateException("no live region server");
            }
            return tables.length + (tables.length == 1 ? " table, " : " tables, ") + servers + " region server"
                + (servers == 1 ? "" : "s");
        }
    }
}
