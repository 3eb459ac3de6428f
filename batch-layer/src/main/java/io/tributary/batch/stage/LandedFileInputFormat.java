package io.tributary.batch.stage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.BlockLocation;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputFormat;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.JobContext;
import org.apache.hadoop.mapreduce.RecordReader;
import org.apache.hadoop.mapreduce.TaskAttemptContext;

/**
 * Whole raw files as map input, one split and one map task per file, never split: a record's position (byte offset
 * and line) and a gzip stream are only known reading from the start, and all of a file's output is committed
 * together. The task gets a single record, (hash, raw path), and streams the file itself.
 *
 * <p>The files come from a list the driver writes ({@value #PENDING_LIST}: one {@code sha256 TAB raw-path} line per
 * file), so that what the job indexes is exactly what the driver decided, whatever lands meanwhile.
 *
 * <p>Scaling: parallelism is the number of files; a single huge file is one task. Landed files are typically many
 * and of similar size (hourly drops), which suits this; a producer of multi-gigabyte files should cut them.
 */
public final class LandedFileInputFormat extends InputFormat<Text, Text> {

    /** Configuration key: path of the list of files to index. */
    public static final String PENDING_LIST = "tributary.index.pending.list";

    @Override
    public List<InputSplit> getSplits(JobContext context) throws IOException {
        Configuration conf = context.getConfiguration();
        Path list = new Path(conf.get(PENDING_LIST));
        FileSystem fs = list.getFileSystem(conf);
        List<InputSplit> splits = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(fs.open(list), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IOException("bad line in " + list + ": " + line);
                }
                String rawPath = line.substring(tab + 1);
                FileStatus status = fs.getFileStatus(fs.makeQualified(new Path(rawPath)));
                splits.add(new LandedFileSplit(line.substring(0, tab), rawPath, status.getLen(), hosts(fs, status)));
            }
        }
        return splits;
    }

    private static String[] hosts(FileSystem fs, FileStatus status) throws IOException {
        BlockLocation[] blocks = fs.getFileBlockLocations(status, 0, Math.min(1, status.getLen()));
        return blocks.length == 0 ? new String[0] : blocks[0].getHosts();
    }

    @Override
    public RecordReader<Text, Text> createRecordReader(InputSplit split, TaskAttemptContext context) {
        return new SingleRecordReader();
    }

    /** The split's one record: key = hash, value = raw path. */
    static final class SingleRecordReader extends RecordReader<Text, Text> {
        private LandedFileSplit split;
        private boolean done;
        private final Text key = new Text();
        private final Text value = new Text();

        @Override
        public void initialize(InputSplit split, TaskAttemptContext context) {
            this.split = (LandedFileSplit) split;
        }

        @Override
        public boolean nextKeyValue() {
            if (done) {
                return false;
            }
            done = true;
            key.set(split.sha256());
            value.set(split.rawPath());
            return true;
        }

        @Override
        public Text getCurrentKey() {
            return key;
        }

        @Override
        public Text getCurrentValue() {
            return value;
        }

        @Override
        public float getProgress() {
            return done ? 1f : 0f;
        }

        @Override
        public void close() {
        }
    }
}
