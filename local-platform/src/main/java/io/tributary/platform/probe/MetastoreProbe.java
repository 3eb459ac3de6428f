package io.tributary.platform.probe;

import java.time.Duration;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hive.metastore.HiveMetaStoreClient;
import org.apache.hadoop.hive.metastore.conf.MetastoreConf;
import org.apache.hadoop.hive.metastore.conf.MetastoreConf.ConfVars;

/** The Hive Metastore answers when it lists its databases over Thrift. */
public final class MetastoreProbe implements ServiceProbe {
    private final String uri;
    private final Duration timeout;

    public MetastoreProbe(String uri, Duration timeout) {
        this.uri = uri;
        this.timeout = timeout;
    }

    @Override
    public String check() throws Exception {
        Configuration conf = MetastoreConf.newMetastoreConf();
        MetastoreConf.setVar(conf, ConfVars.THRIFT_URIS, uri);
        MetastoreConf.setLongVar(conf, ConfVars.THRIFT_CONNECTION_RETRIES, 1);
        MetastoreConf.setTimeVar(conf, ConfVars.CLIENT_CONNECT_RETRY_DELAY, 0, java.util.concurrent.TimeUnit.SECONDS);
        MetastoreConf.setTimeVar(conf, ConfVars.CLIENT_SOCKET_TIMEOUT, timeout.toMillis(),
            java.util.concurrent.TimeUnit.MILLISECONDS);
        HiveMetaStoreClient client = new HiveMetaStoreClient(conf);
        try {
            List<String> databases = client.getAllDatabases();
            return databases.size() + (databases.size() == 1 ? " database" : " databases");
        } finally {
            client.close();
        }
    }
}
