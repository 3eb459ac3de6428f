package io.tributary.batch.curate;

import io.tributary.batch.lake.Jobs;
import java.io.IOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.BytesWritable;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.Mapper;
import org.apache.hadoop.mapreduce.lib.input.CombineSequenceFileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.SequenceFileInputFormat;
import org.apache.hadoop.mapreduce.lib.output.FileOutputFormat;
import org.apache.hadoop.mapreduce.lib.output.LazyOutputFormat;
import org.apache.hadoop.mapreduce.lib.output.MultipleOutputs;
import org.apache.hadoop.mapreduce.lib.output.NullOutputFormat;
import org.apache.hadoop.mapreduce.lib.output.SequenceFileOutputFormat;

/**
 * The two MapReduce jobs of a curation run. The staged files are already keyed by event id (the dedup
 * map only shortens each record's source path to a number), and the dedup output by sort key (the
 * write map is the identity); the work is in the reducers.
 */
final class CurationJobs {
    private CurationJobs() {
    }

    /** Map-side sort buffer: the largest staged files must sort without a second spill. */
    static final int SORT_BUFFER_MB = 200;
    /** Staged files are one per raw file and date, many of them small: combine them into splits at most this big. */
    static final long MAX_SPLIT_BYTES = 256L << 20;
    /** ... and at least this big, so that a task's setup stays small next to its work. */
    static final long MIN_SPLIT_BYTES = 8L << 20;
    /** Map tasks per parallel slot of the local runner: enough to keep every slot busy to the end. */
    static final int SPLITS_PER_LOCAL_SLOT = 4;

    /**
     * Both jobs move every record through a full shuffle, raw bytes included, so the shuffle is
     * compressed (snappy: fast, and pure Java here through snappy-java, no native Hadoop library needed).
     */
    private static Job newJob(Configuration conf, String name) throws IOException {
        Job job = Job.getInstance(conf, name);
        Configuration c = job.getConfiguration();
        Jobs.pollOftenWhenLocal(c);
        c.setBoolean("mapreduce.map.output.compress", true);
        c.set("mapreduce.map.output.compress.codec", "org.apache.hadoop.io.compress.SnappyCodec");
        c.setInt("mapreduce.task.io.sort.mb", Math.max(c.getInt("mapreduce.task.io.sort.mb", 100), SORT_BUFFER_MB));
        // A map's output is sorted and spilled once when it fits; spilling at 80 % would cut many in two.
        c.setFloat("mapreduce.map.sort.spill.percent", Math.max(c.getFloat("mapreduce.map.sort.spill.percent", 0.8f), 0.9f));
        job.setJarByClass(CurationJobs.class);
        return job;
    }

    /** Staged valid records of the run's event dates -> survivors by sort key, plus error rows. */
    static Job dedup(Configuration conf, String runId, List<Path> stagedFiles, long stagedBytes, Path output, int reducers)
        throws IOException {
        Job job = newJob(conf, "tributary curate dedup " + runId);
        job.setInputFormatClass(CombineSequenceFileInputFormat.class);
        FileInputFormat.setMaxInputSplitSize(job, splitBytes(conf, stagedBytes));
        for (Path p : stagedFiles) {
            FileInputFormat.addInputPath(job, p);
        }
        job.setMapperClass(DedupMapper.class);
        job.setMapOutputKeyClass(Text.class);
        job.setMapOutputValueClass(BytesWritable.class);
        job.setReducerClass(DedupReducer.class);
        job.setNumReduceTasks(reducers);
        job.setOutputKeyClass(Text.class);
        job.setOutputValueClass(BytesWritable.class);
        LazyOutputFormat.setOutputFormatClass(job, SequenceFileOutputFormat.class);
        MultipleOutputs.addNamedOutput(job, CurateSettings.ERRORS_OUTPUT, SequenceFileOutputFormat.class, Text.class,
            BytesWritable.class);
        FileOutputFormat.setOutputPath(job, output);
        return job;
    }

    /**
     * How big the dedup job's combined splits are (and, locally, the least size of the write job's splits). On a cluster the upper bound rules. The local runner runs a
     * fixed number of map tasks at once: one split for everything would leave all but one core idle, so the
     * staged bytes are cut into a few splits per slot (smaller splits also sort without a second spill).
     */
    static long splitBytes(Configuration conf, long stagedBytes) {
        if (!isLocal(conf)) {
            return MAX_SPLIT_BYTES;
        }
        int slots = Math.max(1, conf.getInt("mapreduce.local.map.tasks.maximum", 1));
        long splits = (long) slots * SPLITS_PER_LOCAL_SLOT;
        return Math.min(MAX_SPLIT_BYTES, Math.max(MIN_SPLIT_BYTES, (stagedBytes + splits - 1) / splits));
    }

    private static boolean isLocal(Configuration conf) {
        return "local".equals(conf.get("mapreduce.framework.name", "local"));
    }

    /**
     * Survivors -> curated and daily spend ORC files per event date, sorted by customer; reducers take
     * ranges of (date, customer) ({@link WriteRanges}, named by {@link CurateSettings#WRITE_RANGES}).
     */
    static Job write(Configuration conf, String runId, Path dedupOutput, Path output, int reducers) throws IOException {
        Job job = newJob(conf, "tributary curate write " + runId);
        job.setInputFormatClass(SequenceFileInputFormat.class);
        Path survivors = new Path(dedupOutput, "part-r-*");
        FileInputFormat.addInputPath(job, survivors);
        if (isLocal(conf)) {
            // Splits of a few per slot (files are cut at block size otherwise: 32 MB on a local file system,
            // more map tasks than the slots need, each paying its setup and adding a spill file to merge).
            long bytes = 0;
            FileStatus[] files = survivors.getFileSystem(conf).globStatus(survivors);
            for (FileStatus f : files == null ? new FileStatus[0] : files) {
                bytes += f.getLen();
            }
            FileInputFormat.setMinInputSplitSize(job, splitBytes(conf, bytes));
        }
        job.setMapperClass(Mapper.class);
        job.setMapOutputKeyClass(Text.class);
        job.setMapOutputValueClass(BytesWritable.class);
        job.setPartitionerClass(SortKeyRangePartitioner.class);
        job.setReducerClass(CuratedWriteReducer.class);
        job.setNumReduceTasks(reducers);
        job.setOutputKeyClass(NullWritable.class);
        job.setOutputValueClass(NullWritable.class);
        // The reducers write their ORC files into the task work folder themselves; the committer
        // still promotes that folder, so only successful attempts' files become visible.
        job.setOutputFormatClass(WorkFolderOutputFormat.class);
        FileOutputFormat.setOutputPath(job, output);
        return job;
    }

    /** A file output format whose record writer writes nothing: the reducer writes its own files. */
    public static final class WorkFolderOutputFormat extends org.apache.hadoop.mapreduce.lib.output.FileOutputFormat<NullWritable, NullWritable> {
        @Override
        public org.apache.hadoop.mapreduce.RecordWriter<NullWritable, NullWritable> getRecordWriter(
            org.apache.hadoop.mapreduce.TaskAttemptContext context) {
            return new NullOutputFormat<NullWritable, NullWritable>().getRecordWriter(context);
        }
    }
}
