package io.tributary.batch.archive;

import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.mapreduce.InputFormat;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.JobContext;
import org.apache.hadoop.mapreduce.RecordReader;
import org.apache.hadoop.mapreduce.TaskAttemptContext;

/**
 * The archive run's planned ranges as map input: one split per range, exactly the ranges the driver recorded in
 * the intent ({@value #RANGES}: one {@code topic TAB partition TAB from TAB to} line per range), never re-planned
 * from the topic, so a retried task or a redone run copies the same offsets. The task reads Kafka itself; its
 * input is one empty record.
 */
public final class KafkaRangeInputFormat extends InputFormat<NullWritable, NullWritable> {

    /** Configuration key: the ranges, one per line. */
    public static final String RANGES = "tributary.archive.ranges";

    static String encode(List<OffsetRange> ranges) {
        StringBuilder s = new StringBuilder();
        for (OffsetRange r : ranges) {
            s.append(r.topic()).append('\t').append(r.partition().partition()).append('\t')
                .append(r.from()).append('\t').append(r.to()).append('\n');
        }
        return s.toString();
    }

    static List<OffsetRange> decode(String text) {
        List<OffsetRange> ranges = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 4) {
                throw new IllegalArgumentException("bad range line '" + line + "'");
            }
            ranges.add(new OffsetRange(f[0], Integer.parseInt(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3])));
        }
        return ranges;
    }

    @Override
    public List<InputSplit> getSplits(JobContext context) {
        Configuration conf = context.getConfiguration();
        List<InputSplit> splits = new ArrayList<>();
        for (OffsetRange r : decode(conf.get(RANGES, ""))) {
            splits.add(new KafkaRangeSplit(r));
        }
        return splits;
    }

    @Override
    public RecordReader<NullWritable, NullWritable> createRecordReader(InputSplit split, TaskAttemptContext context) {
        return new OneRecord();
    }

    /** A single empty record: the mapper takes its range from the split. */
    static final class OneRecord extends RecordReader<NullWritable, NullWritable> {
        private boolean done;

        @Override
        public void initialize(InputSplit split, TaskAttemptContext context) {
        }

        @Override
        public boolean nextKeyValue() {
            if (done) {
                return false;
            }
            done = true;
            return true;
        }

        @Override
        public NullWritable getCurrentKey() {
            return NullWritable.get();
        }

        @Override
        public NullWritable getCurrentValue() {
            return NullWritable.get();
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
