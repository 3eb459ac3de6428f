package io.tributary.batch.views;

import io.tributary.core.config.ConfigKeys;
import io.tributary.core.config.TributaryConfig;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hbase.HBaseConfiguration;
import org.apache.hadoop.hbase.TableName;

/** The HBase client settings of a batch process: quorum and namespace from Tributary's configuration. */
public final class HBaseSettings {
    private HBaseSettings() {
    }

    /** HBase settings on top of the batch process's Hadoop settings (a cluster's hbase-site.xml still applies). */
    public static Configuration from(TributaryConfig config, Configuration hadoop) {
        Configuration conf = HBaseConfiguration.create(hadoop);
        conf.set("hbase.zookeeper.quorum", config.get(ConfigKeys.HBASE_ZOOKEEPER_QUORUM));
        // A platform that is down fails the publish within seconds instead of retrying for minutes.
        conf.setInt("hbase.client.retries.number", 5);
        conf.setInt("zookeeper.recovery.retry", 2);
        return conf;
    }

    public static TableName table(TributaryConfig config, String name) {
        return TableName.valueOf(config.get(ConfigKeys.HBASE_NAMESPACE), name);
    }
}
