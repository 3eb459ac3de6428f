package io.tributary.batch.archive;

import io.tributary.batch.lake.Jobs;
import io.tributary.batch.lake.LakePaths;
import io.tributary.cli.JobFailedException;
import io.tributary.core.config.ConfigException;
import io.tributary.core.config.ConfigKeys;
import io.tributary.core.config.TributaryConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.output.FileOutputFormat;
import org.apache.hadoop.mapreduce.lib.output.TextOutputFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One archive run (docs/LANDING.md, "The Kafka archiver"):
 * <ol>
 *   <li>An intent left by an interrupted run is finished first, with exactly its ranges and ingest time.</li>
 *   <li>Otherwise plan: from where the committed ranges end to each partition's last stable offset
 *       ({@link ArchivePlanner}); nothing new ends the run here (no files, no manifest).</li>
 *   <li>Write the intent, then run the map-only job (one task per range) and land its files.</li>
 *   <li>Commit the manifest (rename), then drop the intent.</li>
 * </ol>
 * The next run starts at the committed ends, never at consumer-group offsets (the archiver commits none).
 */
public final class ArchiveRun {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveRun.class);
    private static final DateTimeFormatter RUN_STAMP =
        DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** A step between landing and commit; tests use it to stop a run there, as a crash would. */
    interface BeforeCommit {
        void run(ArchiveManifest landed) throws IOException;
    }

    private final TributaryConfig config;
    private final Configuration conf;
    private final Clock clock;
    private final Consumer<String> progress;
    private final LakePaths lake;

    private ArchiveRun(TributaryConfig config, Configuration conf, Clock clock, Consumer<String> progress) {
        this.config = config;
        this.conf = conf;
        this.clock = clock;
        this.progress = progress;
        this.lake = LakePaths.from(config);
    }

    /**
     * Archives what is new on {@code archive.topics} since the last committed run (or finishes an interrupted run).
     *
     * @param progress told each step in one line (for a command's output); may ignore them
     * @throws ArchiveGapException when a partition no longer holds the next offset to archive
     * @throws ConfigException     when archive.topics names the late or dead-letter topic
     * @throws JobFailedException  when Kafka cannot be reached, a topic does not exist, or the copy job fails (nothing
     *                             committed; the next run redoes the same ranges)
     * @throws IOException         when the lake cannot be read or written
     */
    public static ArchiveResult run(TributaryConfig config, Configuration hadoop, Clock clock,
                                    Consumer<String> progress) throws IOException {
        return run(config, hadoop, clock, progress, landed -> { });
    }

    static ArchiveResult run(TributaryConfig config, Configuration hadoop, Clock clock, Consumer<String> progress,
                             BeforeCommit beforeCommit) throws IOException {
        return new ArchiveRun(config, hadoop, clock, progress).archive(beforeCommit);
    }

    private ArchiveResult archive(BeforeCommit beforeCommit) throws IOException {
        FileSystem fs = lake.root().getFileSystem(conf);
        ArchiveStore store = new ArchiveStore(fs, lake);
        Optional<ArchiveManifest> pending = store.intent();
        if (pending.isPresent() && store.isCommitted(pending.get().runId())) {
            // Stopped between commit and dropping the intent: the run is done.
            store.commit(pending.get());
            pending = Optional.empty();
        }
        boolean redo = pending.isPresent();
        ArchiveManifest intent;
        if (redo) {
            intent = pending.get();
            say("finishing the interrupted run " + intent.runId() + ": " + intent.ranges().size() + " range(s)");
        } else {
            List<String> topics = topicsToArchive(config);
            var logs = KafkaLogs.extents(config.get(ConfigKeys.KAFKA_BOOTSTRAP_SERVERS), topics, Duration.ofSeconds(30));
            var ends = ArchivePlanner.committedEnds(store.committed());
            List<OffsetRange> ranges = ArchivePlanner.plan(ends, logs, config.get(ConfigKeys.ARCHIVE_SPLIT_MAX_RECORDS));
            if (ranges.isEmpty()) {
                say("nothing new on " + String.join(", ", topics) + " (" + logs.size() + " partition(s))");
                return ArchiveResult.NOTHING_NEW;
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            intent = ArchiveManifest.intent("archive-" + RUN_STAMP.format(now), now, ranges);
            store.writeIntent(intent);
            say("planned " + intent.runId() + ": " + ranges.size() + " range(s), "
                + ranges.stream().mapToLong(OffsetRange::size).sum() + " offset(s)");
        }
        List<ArchivedFile> outcome = copyAndLand(fs, intent);
        ArchiveManifest committed = intent.committed(outcome);
        beforeCommit.run(committed);
        store.commit(committed);
        ArchiveResult result = new ArchiveResult(committed, redo);
        say("committed " + result.describe());
        return result;
    }

    /**
     * {@code archive.topics}, refusing the speed layer's late and dead-letter topics: they hold copies of messages of
     * the transactions topic, which would land twice (docs/LANDING.md, "Which topics").
     */
    static List<String> topicsToArchive(TributaryConfig config) {
        List<String> topics = config.get(ConfigKeys.ARCHIVE_TOPICS);
        for (var copies : List.of(ConfigKeys.KAFKA_TOPIC_LATE, ConfigKeys.KAFKA_TOPIC_DLQ)) {
            if (topics.contains(config.get(copies))) {
                throw new ConfigException("archive.topics must not name " + config.get(copies) + " (" + copies.name()
                    + "): its messages are copies of messages on " + config.get(ConfigKeys.KAFKA_TOPIC_TRANSACTIONS)
                    + ", which would land twice");
            }
        }
        return topics;
    }

    private List<ArchivedFile> copyAndLand(FileSystem fs, ArchiveManifest intent) throws IOException {
        Path work = new Path(lake.root(), "raw/_archive/_work/" + intent.runId() + "-"
            + UUID.randomUUID().toString().substring(0, 8));
        try {
            Path out = new Path(work, "out");
            Job job = configure(intent, out);
            runJob(job);
            Map<String, String[]> lines = readOutput(fs, out);
            ArchiveLander lander = new ArchiveLander(fs, lake);
            List<ArchivedFile> files = new ArrayList<>();
            for (OffsetRange range : intent.ranges()) {
                String[] f = lines.get(range.fileName());
                if (f == null) {
                    throw new IOException("the archive job reported nothing for " + range.describe());
                }
                long records = Long.parseLong(f[0]);
                if (records == 0) {
                    files.add(new ArchivedFile(range, 0, null, null, 0));
                    continue;
                }
                long bytes = Long.parseLong(f[2]);
                String rawPath = lander.land(new Path(out, range.fileName()), range, f[1], bytes, intent.ingestTime());
                files.add(new ArchivedFile(range, records, f[1], rawPath, bytes));
            }
            say("landed " + files.stream().filter(ArchivedFile::hasFile).count() + " file(s)");
            return files;
        } finally {
            fs.delete(work, true);
        }
    }

    private Job configure(ArchiveManifest intent, Path out) throws IOException {
        Configuration jobConf = new Configuration(conf);
        jobConf.set(KafkaRangeInputFormat.RANGES, KafkaRangeInputFormat.encode(intent.ranges()));
        jobConf.set(ArchiveMapper.BOOTSTRAP, config.get(ConfigKeys.KAFKA_BOOTSTRAP_SERVERS));
        // A second attempt of a range would only read the same offsets again.
        jobConf.setBoolean("mapreduce.map.speculative", false);
        Jobs.pollOftenWhenLocal(jobConf);
        Job job = Job.getInstance(jobConf, "tributary-archive " + intent.runId() + " (" + intent.ranges().size()
            + " range(s))");
        job.setJarByClass(ArchiveRun.class);
        job.setInputFormatClass(KafkaRangeInputFormat.class);
        job.setMapperClass(ArchiveMapper.class);
        job.setNumReduceTasks(0);
        job.setOutputFormatClass(TextOutputFormat.class);
        job.setOutputKeyClass(Text.class);
        job.setOutputValueClass(Text.class);
        job.setMapOutputKeyClass(Text.class);
        job.setMapOutputValueClass(Text.class);
        FileOutputFormat.setOutputPath(job, out);
        return job;
    }

    private void runJob(Job job) throws IOException {
        boolean ok;
        try {
            ok = job.waitForCompletion(false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobFailedException("interrupted while archiving", e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        if (!ok) {
            String info;
            try {
                info = job.getStatus().getFailureInfo();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                info = null;
            }
            throw new JobFailedException("archive job " + job.getJobID() + " failed: "
                + (info == null || info.isBlank() ? "see the task logs" : info.lines().findFirst().orElse(info))
                + " (nothing committed: the next run copies the same ranges again)");
        }
    }

    /** The job's output lines: file name -> (records, sha256, bytes). */
    private static Map<String, String[]> readOutput(FileSystem fs, Path out) throws IOException {
        Map<String, String[]> lines = new HashMap<>();
        for (FileStatus s : fs.listStatus(out, p -> p.getName().startsWith("part-"))) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(fs.open(s.getPath()), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    String[] f = line.split("\t");
                    if (f.length != 4) {
                        throw new IOException("bad line in " + s.getPath() + ": " + line);
                    }
                    lines.put(f[0], new String[] {f[1], f[2], f[3]});
                }
            }
        }
        return lines;
    }

    private void say(String line) {
        LOG.info("archive: {}", line);
        progress.accept(line);
    }
}
