package io.tributary.serving.hbase;

import io.tributary.core.config.ConfigKeys;
import io.tributary.core.config.TributaryConfig;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hbase.HBaseConfiguration;
import org.apache.hadoop.hbase.client.AsyncConnection;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.ConnectionFactory;

/**
 * The serving layer's HBase connection: short timeouts and few retries, so a request waits at most
 * {@code serving.backend.timeout} for HBase and then answers 503 with Retry-After instead of hanging.
 */
public final class HBaseConnections {
    private HBaseConnections() {
    }

    public static Connection open(TributaryConfig config) throws IOException {
        return ConnectionFactory.createConnection(configuration(config));
    }

    /** The asynchronous connection, with the same timeouts; the serving API sends a request's scans through it. */
    public static AsyncConnection openAsync(TributaryConfig config) throws IOException {
        try {
            return ConnectionFactory.createAsyncConnection(configuration(config)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while connecting to HBase");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    private static Configuration configuration(TributaryConfig config) {
        Configuration conf = HBaseConfiguration.create();
        conf.set("hbase.zookeeper.quorum", config.get(ConfigKeys.HBASE_ZOOKEEPER_QUORUM));
        int timeoutMs = (int) config.get(ConfigKeys.SERVING_BACKEND_TIMEOUT).toMillis();
        conf.setInt("hbase.client.operation.timeout", timeoutMs);
        conf.setInt("hbase.client.meta.operation.timeout", timeoutMs);
        conf.setInt("hbase.rpc.timeout", timeoutMs);
        conf.setInt("hbase.client.scanner.timeout.period", timeoutMs);
        conf.setInt("hbase.client.retries.number", 2);
        conf.setInt("zookeeper.recovery.retry", 1);
        return conf;
    }
}
