package io.tributary.batch.stage;

import io.tributary.batch.lake.LakePaths;
import io.tributary.core.parse.ValidationRules;
import java.io.IOException;
import java.time.Duration;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Mapper;

/** Indexes the one raw file of its split ({@link FileIndexer}); writes no map output of its own. */
public final class IndexMapper extends Mapper<Text, Text, NullWritable, NullWritable> {

    /** Counters of the index job, summed over all files. */
    public enum Counter { FILES, RECORDS_READ, VALID, REJECTED, CORRUPT_FILES }

    static final String LAKE_ROOT = "tributary.index.lake.root";
    static final String WORK_DIR = "tributary.index.work.dir";
    static final String MAX_FUTURE_SKEW_MS = "tributary.index.max.future.skew.ms";

    private FileIndexer indexer;

    @Override
    protected void setup(Context context) throws IOException {
        Configuration conf = context.getConfiguration();
        LakePaths lake = new LakePaths(new Path(conf.get(LAKE_ROOT)));
        FileSystem fs = lake.root().getFileSystem(conf);
        ValidationRules rules = new ValidationRules(Duration.ofMillis(conf.getLong(MAX_FUTURE_SKEW_MS, -1)));
        // One folder per attempt: a retried or speculative attempt never touches another's files.
        Path workDir = new Path(conf.get(WORK_DIR), context.getTaskAttemptID().toString());
        indexer = new FileIndexer(fs, conf, lake, rules, workDir, context);
    }

    @Override
    protected void map(Text sha256, Text rawPath, Context context) throws IOException {
        context.setStatus("indexing " + rawPath);
        FileIndex index = indexer.index(sha256.toString(), rawPath.toString());
        context.getCounter(Counter.FILES).increment(1);
        context.getCounter(Counter.RECORDS_READ).increment(index.read());
        context.getCounter(Counter.VALID).increment(index.valid());
        context.getCounter(Counter.REJECTED).increment(index.rejected());
        context.getCounter(Counter.CORRUPT_FILES).increment(index.corrupt() ? 1 : 0);
        context.setStatus("indexed " + rawPath + ": " + index.read() + " records");
    }
}
