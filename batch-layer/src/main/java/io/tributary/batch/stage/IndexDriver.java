package io.tributary.batch.stage;

import io.tributary.batch.ingest.LandedFile;
import io.tributary.batch.ingest.LandingCatalog;
import io.tributary.batch.lake.Jobs;
import io.tributary.batch.lake.LakePaths;
import io.tributary.cli.JobFailedException;
import io.tributary.core.config.ConfigKeys;
import io.tributary.core.config.TributaryConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.output.NullOutputFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans, runs and collects one index job: lists the pending files, hands them to the MapReduce job through a list
 * file, waits, and reads the files' indexes back into an {@link IndexResult}. The job's scratch folder
 * ({@code staging/_tmp/index-...}: the list and the attempts' work folders) is removed at the end, failed or not.
 */
final class IndexDriver {

    private static final Logger LOG = LoggerFactory.getLogger(IndexDriver.class);
    private static final DateTimeFormatter RUN_STAMP =
        DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final TributaryConfig config;
    private final Configuration conf;
    private final LakePaths lake;

    IndexDriver(TributaryConfig config, Configuration conf) {
        this.config = config;
        this.conf = conf;
        this.lake = LakePaths.from(config);
    }

    /**
     * Indexes every landed transaction file that has no index yet and returns their indexes; nothing to do is not
     * an error.
     *
     * @throws JobFailedException when the MapReduce job fails (then no index of a failed file exists, and the next
     *                            run tries it again)
     * @throws IOException        when the lake cannot be read or written
     */
    IndexResult indexPending() throws IOException {
        FileSystem fs = lake.root().getFileSystem(conf);
        LandingCatalog catalog = new LandingCatalog(fs, lake);
        List<LandedFile> pending = PendingFiles.find(catalog);
        if (pending.isEmpty()) {
            LOG.info("index: no landed transaction file without index");
            return IndexResult.NOTHING;
        }
        Path work = new Path(lake.root(), "staging/_tmp/index-" + RUN_STAMP.format(Instant.now()) + "-"
            + UUID.randomUUID().toString().substring(0, 8));
        try {
            Path list = writePendingList(fs, work, pending);
            Job job = configure(list, work, pending.size());
            LOG.info("index: {} file(s), job {}", pending.size(), job.getJobName());
            boolean ok;
            try {
                ok = job.waitForCompletion(false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new JobFailedException("interrupted while indexing", e);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            if (!ok) {
                throw new JobFailedException("index job " + job.getJobID() + " failed: " + failureInfo(job)
                    + " (files indexed before the failure stay indexed; rerun to index the rest)");
            }
            IndexResult result = readIndexes(fs, catalog, pending);
            LOG.info("index: {}", result.describe());
            return result;
        } finally {
            fs.delete(work, true);
        }
    }

    private Job configure(Path list, Path work, int files) throws IOException {
        Configuration jobConf = new Configuration(conf);
        jobConf.set(LandedFileInputFormat.PENDING_LIST, list.toString());
        jobConf.set(IndexMapper.LAKE_ROOT, lake.root().toString());
        jobConf.set(IndexMapper.WORK_DIR, new Path(work, "attempts").toString());
        jobConf.setLong(IndexMapper.MAX_FUTURE_SKEW_MS, config.get(ConfigKeys.MAX_FUTURE_SKEW).toMillis());
        // Tasks write side files and commit them by rename: a second, speculative attempt would only duplicate work.
        jobConf.setBoolean("mapreduce.map.speculative", false);
        Jobs.pollOftenWhenLocal(jobConf);
        Job job = Job.getInstance(jobConf, "tributary-index (" + files + " file(s))");
        job.setJarByClass(IndexJob.class);
        job.setInputFormatClass(LandedFileInputFormat.class);
        job.setMapperClass(IndexMapper.class);
        job.setNumReduceTasks(0);
        job.setOutputFormatClass(NullOutputFormat.class);
        job.setOutputKeyClass(NullWritable.class);
        job.setOutputValueClass(NullWritable.class);
        return job;
    }

    private static Path writePendingList(FileSystem fs, Path work, List<LandedFile> pending) throws IOException {
        Path list = new Path(work, "pending.tsv");
        StringBuilder lines = new StringBuilder();
        for (LandedFile file : pending) {
            lines.append(file.sha256()).append('\t').append(file.rawPath()).append('\n');
        }
        try (FSDataOutputStream out = fs.create(list, true)) {
            out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
        }
        return list;
    }

    private static IndexResult readIndexes(FileSystem fs, LandingCatalog catalog, List<LandedFile> pending)
        throws IOException {
        List<FileIndex> indexes = new ArrayList<>(pending.size());
        for (LandedFile file : pending) {
            try (InputStream in = fs.open(catalog.indexPath(file.sha256()))) {
                indexes.add(FileIndex.fromJson(in.readAllBytes()));
            }
        }
        return new IndexResult(indexes);
    }

    private static String failureInfo(Job job) {
        try {
            String info = job.getStatus().getFailureInfo();
            return info == null || info.isBlank() ? "see the job's task logs" : info.lines().findFirst().orElse(info);
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return "see the job's task logs";
        }
    }
}
