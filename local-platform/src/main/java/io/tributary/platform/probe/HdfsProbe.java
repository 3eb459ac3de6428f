package io.tributary.platform.probe;

import java.net.URI;
import java.time.Duration;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** HDFS answers when the NameNode returns the status of the root folder. */
public final class HdfsProbe implements ServiceProbe {
    private final URI uri;
    private final Duration timeout;

    public HdfsProbe(URI uri, Duration timeout) {
        this.uri = uri;
        this.timeout = timeout;
    }

    @Override
    public String check() throws Exception {
        Configuration conf = new Configuration();
        int millis = (int) timeout.toMillis();
        // The client's defaults retry a refused connection for minutes; a health check must not.
        conf.setInt("ipc.client.connect.max.retries", 0);
        conf.setInt("ipc.client.connect.max.retries.on.timeouts", 0);
        conf.setInt("ipc.client.connect.timeout", millis);
        conf.setInt("ipc.client.rpc-timeout.ms", millis);
        conf.setBoolean("dfs.client.retry.policy.enabled", false);
        conf.setInt("dfs.client.failover.max.attempts", 0);
        try (FileSystem fs = FileSystem.newInstance(uri, conf)) {
            FileStatus root = fs.getFileStatus(new Path("/"));
            return "root folder owned by " + root.getOwner();
        }
    }
}
