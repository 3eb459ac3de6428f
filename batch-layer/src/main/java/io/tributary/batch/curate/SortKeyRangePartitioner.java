package io.tributary.batch.curate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configurable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.BytesWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Partitioner;

/**
 * The write job's partitioner: {@link WriteRanges} of {@code (event date, customer)} that the driver cut from the
 * dedup job's sample, loaded once per task from the file the job configuration names.
 */
public final class SortKeyRangePartitioner extends Partitioner<Text, BytesWritable> implements Configurable {
    private Configuration conf;
    private WriteRanges ranges;

    @Override
    public void setConf(Configuration conf) {
        this.conf = conf;
        String file = conf.get(CurateSettings.WRITE_RANGES);
        if (file == null) {
            throw new IllegalStateException(CurateSettings.WRITE_RANGES + " is not set");
        }
        Path path = new Path(file);
        try (InputStream in = path.getFileSystem(conf).open(path)) {
            ranges = WriteRanges.decode(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the write job's ranges " + path, e);
        }
    }

    @Override
    public Configuration getConf() {
        return conf;
    }

    @Override
    public int getPartition(Text key, BytesWritable value, int partitions) {
        return ranges.partition(key.getBytes(), key.getLength(), partitions);
    }
}
