package io.tributary.batch.stage;

import io.tributary.batch.lake.HadoopSettings;
import io.tributary.batch.lake.ToolSettings;
import io.tributary.cli.JobFailedException;
import io.tributary.core.config.TributaryConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.conf.Configured;
import org.apache.hadoop.util.Tool;
import org.apache.hadoop.util.ToolRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index pass (docs/BATCH-LAYER.md, "Two passes"; docs/LANDING.md): a map-only MapReduce job with one task per
 * landed transaction file that has no index yet. Each task parses and validates its file once and stages its
 * records ({@link FileIndexer}); the result lists the files indexed with their counts.
 *
 * <p>From code: {@link #run(TributaryConfig)}. From a shell or an Oozie java action, through {@link ToolRunner}:
 * <pre>
 *   hadoop jar tributary-batch-layer.jar io.tributary.batch.stage.IndexJob [-D hadoop.key=value]... \
 *       [--properties FILE] [--set KEY=VALUE]...
 * </pre>
 * {@code --properties} is Tributary's configuration file (the CLI's {@code --conf}: Hadoop's generic options parser
 * claims {@code --conf} for its own XML resources). {@code -D} options win over what Tributary derives. Exit codes:
 * 0 done (also with nothing to index), 1 job failed, 2 usage or configuration error.
 */
public final class IndexJob extends Configured implements Tool {

    private static final Logger LOG = LoggerFactory.getLogger(IndexJob.class);
    private final PrintWriter out;

    public IndexJob() {
        this(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    }

    IndexJob(PrintWriter out) {
        this.out = out;
    }

    /** Indexes every landed transaction file that has no index yet, with {@link HadoopSettings#from}. */
    public static IndexResult run(TributaryConfig config) throws IOException {
        return run(config, HadoopSettings.from(config));
    }

    /**
     * Indexes every landed transaction file that has no index yet, with the given Hadoop configuration.
     *
     * @throws JobFailedException when the MapReduce job fails (files indexed before the failure stay indexed; the
     *                            next run takes the rest)
     * @throws IOException        when the lake cannot be read or written
     */
    public static IndexResult run(TributaryConfig config, Configuration conf) throws IOException {
        return new IndexDriver(config, conf).indexPending();
    }

    public static void main(String[] args) throws Exception {
        System.exit(ToolRunner.run(new Configuration(), new IndexJob(), args));
    }

    @Override
    public int run(String[] args) {
        Optional<ToolSettings> parsed = ToolSettings.parseOptionsOnly(args, "index",
            "IndexJob [-D hadoop.key=value]... [--properties FILE] [--set KEY=VALUE]...", out);
        if (parsed.isEmpty()) {
            return 2;
        }
        ToolSettings settings = parsed.get();
        TributaryConfig config = settings.config();
        Configuration conf = settings.hadoop(getConf());
        try {
            out.println("index: " + run(config, conf).describe());
            return 0;
        } catch (JobFailedException | IOException e) {
            LOG.error("index failed", e);
            out.println("index: failed: " + e.getMessage());
            return 1;
        }
    }
}
