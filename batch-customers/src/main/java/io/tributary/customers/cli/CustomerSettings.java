package io.tributary.customers.cli;

import io.tributary.core.config.ConfigKeys;
import io.tributary.core.config.TributaryConfig;
import org.apache.hadoop.conf.Configuration;

/** The Hadoop configuration of the customer process, from Tributary's configuration. */
public final class CustomerSettings {
    private CustomerSettings() {
    }

    public static Configuration hadoop(TributaryConfig config) {
        Configuration conf = new Configuration();
        conf.set("fs.defaultFS", config.get(ConfigKeys.FS_URI).toString());
        // Fail fast against a platform that is down instead of retrying for minutes.
        conf.setInt("ipc.client.connect.max.retries", 3);
        conf.setInt("ipc.client.connect.max.retries.on.timeouts", 3);
        return conf;
    }

    /** A path given on the command line: with a scheme as it is, without one a local file. */
    public static org.apache.hadoop.fs.Path inputPath(String text) {
        java.net.URI uri = java.net.URI.create(text.replace(" ", "%20"));
        if (uri.getScheme() != null) {
            return new org.apache.hadoop.fs.Path(text);
        }
        return new org.apache.hadoop.fs.Path(java.nio.file.Path.of(text).toAbsolutePath().normalize().toUri());
    }
}
