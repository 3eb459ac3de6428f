package io.tributary.batch.archive;

import io.tributary.batch.lake.ToolSettings;
import io.tributary.cli.JobFailedException;
import io.tributary.core.config.ConfigException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.conf.Configured;
import org.apache.hadoop.util.Tool;
import org.apache.hadoop.util.ToolRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The archiver as a Hadoop {@link Tool}, for a shell or an Oozie java action:
 * <pre>
 *   hadoop jar tributary-batch-layer.jar io.tributary.batch.archive.ArchiveJob [-D hadoop.key=value]... \
 *       [--properties FILE] [--set KEY=VALUE]...
 * </pre>
 * Exit codes: 0 done (also with nothing new), 1 the job failed or a partition has a gap, 2 usage or configuration.
 */
public final class ArchiveJob extends Configured implements Tool {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveJob.class);
    private final PrintWriter out;

    public ArchiveJob() {
        this(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    }

    ArchiveJob(PrintWriter out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        System.exit(ToolRunner.run(new Configuration(), new ArchiveJob(), args));
    }

    @Override
    public int run(String[] args) {
        Optional<ToolSettings> parsed = ToolSettings.parseOptionsOnly(args, "archive",
            "ArchiveJob [-D hadoop.key=value]... [--properties FILE] [--set KEY=VALUE]...", out);
        if (parsed.isEmpty()) {
            return 2;
        }
        ToolSettings settings = parsed.get();
        try {
            ArchiveResult result = ArchiveRun.run(settings.config(), settings.hadoop(getConf()), Clock.systemUTC(),
                line -> out.println("archive: " + line));
            out.println("archive: " + result.describe());
            return 0;
        } catch (ConfigException e) {
            out.println("archive: " + e.getMessage());
            return 2;
        } catch (JobFailedException | ArchiveGapException | IOException e) {
            LOG.error("archive failed", e);
            out.println("archive: failed: " + e.getMessage());
            return 1;
        }
    }
}
