package io.tributary.batch.lake;

import io.tributary.core.config.ConfigKeys;
import io.tributary.core.config.TributaryConfig;
import org.apache.hadoop.conf.Configuration;

/**
 * The Hadoop configuration of a batch process, built from Tributary's typed configuration. Only what
 * Tributary owns is set here; a cluster's own *-site.xml files on the classpath still apply (YARN,
 * HA name services, security), so the same job runs on the local runner and on a cluster.
 */
public final class HadoopSettings {
    /** Share of the heap the local runner's reducers may hold shuffled map output in, all of them together. */
    static final float LOCAL_SHUFFLE_HEAP_SHARE = 0.7f;

    private HadoopSettings() {
    }

    public static Configuration from(TributaryConfig config) {
        Configuration conf = new Configuration();
        conf.set("fs.defaultFS", config.get(ConfigKeys.FS_URI).toString());
        String framework = config.get(ConfigKeys.BATCH_FRAMEWORK);
        conf.set("mapreduce.framework.name", framework);
        if ("local".equals(framework)) {
            // The local runner runs one map and one reduce at a time unless told otherwise:
            // let it use the machine's cores.
            int parallel = config.get(ConfigKeys.BATCH_LOCAL_PARALLELISM);
            conf.setInt("mapreduce.local.map.tasks.maximum", parallel);
            conf.setInt("mapreduce.local.reduce.tasks.maximum", parallel);
            // Each reducer sizes its in-memory shuffle from the whole heap (70 % by default), but here that many
            // reducers share one heap: give each its share, so together they stay within it.
            conf.setFloat("mapreduce.reduce.shuffle.input.buffer.percent", LOCAL_SHUFFLE_HEAP_SHARE / parallel);
        }
        // Fail fast against a platform that is down instead of retrying for minutes.
        conf.setInt("ipc.client.connect.max.retries", 3);
        conf.setInt("ipc.client.connect.max.retries.on.timeouts", 3);
        return conf;
    }
}
